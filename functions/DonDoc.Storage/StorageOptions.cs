namespace DonDoc.Storage;

/// <summary>
/// How requests to Storage are timed out and retried. One instance per <see cref="StorageAccount"/>;
/// the defaults suit Azure and Azurite.
/// </summary>
/// <remarks>
/// A request is tried at most <see cref="MaxAttempts"/> times. Retried: 5xx except 501 and 505, 408, 429,
/// an attempt that exceeds <see cref="AttemptTimeout"/>, and <see cref="HttpRequestException"/> (connection
/// refused or reset). Never retried: any other 4xx, and cancellation by the caller. The delay before
/// attempt n+1 is a random value in [0, min(<see cref="MaxDelay"/>, <see cref="BaseDelay"/>·2ⁿ⁻¹)]
/// ("full jitter"), or the server's Retry-After when that is longer (capped by <see cref="MaxDelay"/>).
/// </remarks>
public sealed record StorageOptions
{
    /// <summary>Total attempts per request, the first included (1 = no retry). Default 4.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Upper bound of the first back-off delay; doubles on each retry. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of any single back-off delay. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time limit for one attempt, from sending the request to reading the whole response body.
    /// Default 60 s, which leaves room for a blob of tens of megabytes on a slow link.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an idle pooled connection is kept. Default 4 s: Azurite closes idle keep-alive connections
    /// after 5 s, and reusing a connection the server has just closed costs a failed attempt.
    /// </summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The <c>x-ms-version</c> sent on every request. Azurite 3.37 serves up to 2026-06-06.</summary>
    public string ServiceVersion { get; init; } = "2025-01-05";

    /// <summary>The defaults.</summary>
    public static StorageOptions Default { get; } = new();

    internal void Validate()
    {
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "At least one attempt.");
        if (AttemptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "Must be positive.");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(BaseDelay), "Delays cannot be negative.");
    }
}
