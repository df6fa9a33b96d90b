namespace DonDoc.Reminders;

/// <summary>How a send ended.</summary>
public enum MailOutcome
{
    /// <summary>Accepted by the mail service (Graph 202: accepted, not yet delivered) or written to the outbox.</summary>
    Sent,

    /// <summary>Worth trying again later (throttled, 5xx, network) after the attempts allowed now ran out.</summary>
    TransientFailure,

    /// <summary>Will fail again (400, 403, a bad address): recorded, never retried.</summary>
    PermanentFailure,
}

/// <summary>The outcome of one send, with what the reminder log should record.</summary>
/// <param name="Outcome">Sent, or how it failed.</param>
/// <param name="Attempts">Requests made, retries included.</param>
/// <param name="StatusCode">The last HTTP status seen, when there was one.</param>
/// <param name="Error">What went wrong, for people; null when sent.</param>
public sealed record MailResult(MailOutcome Outcome, int Attempts, int? StatusCode = null, string? Error = null)
{
    /// <summary>True when the mail went out.</summary>
    public bool IsSent => Outcome == MailOutcome.Sent;

    /// <summary>A success after <paramref name="attempts"/> requests.</summary>
    public static MailResult Sent(int attempts = 1) => new(MailOutcome.Sent, attempts);

    /// <summary>A failure that may succeed later.</summary>
    public static MailResult Transient(int attempts, int? status, string error) => new(MailOutcome.TransientFailure, attempts, status, error);

    /// <summary>A failure that will not succeed by retrying.</summary>
    public static MailResult Permanent(int attempts, int? status, string error) => new(MailOutcome.PermanentFailure, attempts, status, error);
}
