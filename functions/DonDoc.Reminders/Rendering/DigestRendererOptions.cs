namespace DonDoc.Reminders;

/// <summary>What the renderer needs beyond the digest: where "Đã hoàn thành" points and how its links are signed.</summary>
public sealed record DigestRendererOptions
{
    /// <summary>The HTTP API endpoint that completes a task; the signed token is added as the <c>token</c> query parameter.</summary>
    public required Uri CompletionEndpoint { get; init; }

    /// <summary>The HMAC key for completion links, at least <see cref="CompletionLink.MinKeyBytes"/> bytes; the API verifies with the same key.</summary>
    public required byte[] CompletionKey { get; init; }

    /// <summary>How long a completion link works after the mail is rendered. Default 30 days.</summary>
    public TimeSpan CompletionLinkLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The system's address, linked from secret letters' pointers ("xem trên hệ thống"); null for none.</summary>
    public Uri? SystemLink { get; init; }
}
