namespace DonDoc.Reminders;

/// <summary>How a reminder run claims and sends.</summary>
public sealed record ReminderRunOptions
{
    /// <summary>
    /// A claim older than this with no mark counts as not sent: the run that took it died. Must exceed the
    /// longest claim-to-mark time (one send with its retries: 4 attempts, waits up to 2 min each) and is
    /// above the Functions timeout (10 min). Default 15 min.
    /// </summary>
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Digests sent at once; the mailbox allows 4 concurrent requests. Default 4.</summary>
    public int MaxParallelSends { get; init; } = 4;
}
