namespace DonDoc.Reminders;

/// <summary>How <see cref="GraphMailer"/> sends: from which mailbox, and how hard it retries.</summary>
public sealed record GraphMailerOptions
{
    /// <summary>The shared mailbox that sends (user id or UPN), e.g. "dondoc@office.gov.vn".</summary>
    public required string Sender { get; init; }

    /// <summary>Keep a copy in the sender's Sent Items: the office's own record of what was mailed. Default true.</summary>
    public bool SaveToSentItems { get; init; } = true;

    /// <summary>Requests per message, the first included. Default 4.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First back-off when the server gives no Retry-After; doubles per attempt. Default 2 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait. A Retry-After longer than this ends the attempts (a later run retries); back-off is capped at it. Default 2 min.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(2);
}
