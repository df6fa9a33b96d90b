namespace DonDoc.Reminders;

/// <summary>Where one reminder delivery stands in the log.</summary>
public enum ReminderStatus
{
    /// <summary>A run took it and is sending; if no mark follows within the claim timeout, the run died.</summary>
    Claimed,

    /// <summary>The mail service accepted it.</summary>
    Sent,

    /// <summary>Sending failed in a way worth retrying: the next run (or the host's retry) takes it again.</summary>
    FailedTransient,

    /// <summary>Sending failed for good (a rejected address): never retried, so a bad address cannot loop.</summary>
    FailedPermanent,
}

/// <summary>The log's record of one reminder delivery (design §6 table Reminders).</summary>
/// <param name="Key">Task, step and recipient.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Day">The run day that last claimed it.</param>
/// <param name="UpdatedAt">When the status last changed (for a claim: when it was taken).</param>
/// <param name="Claims">How many times it has been claimed; more than one means it was retried.</param>
/// <param name="Error">The last failure, for people.</param>
public sealed record ReminderRecord(
    ReminderKey Key, ReminderStatus Status, DateOnly Day, DateTimeOffset UpdatedAt, int Claims = 1, string? Error = null)
{
    /// <summary>
    /// True when this record stops the delivery from being sent (again) at <paramref name="now"/>: sent, failed
    /// for good, or claimed less than <paramref name="claimTimeout"/> ago by a run that may still be sending.
    /// Every <see cref="IReminderLog"/> claims by this rule.
    /// </summary>
    public bool Blocks(DateTimeOffset now, TimeSpan claimTimeout) => Status switch
    {
        ReminderStatus.Sent or ReminderStatus.FailedPermanent => true,
        ReminderStatus.Claimed => now - UpdatedAt < claimTimeout,
        _ => false,
    };
}
