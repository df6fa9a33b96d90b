namespace DonDoc.Reminders;

/// <summary>
/// Identifies one reminder delivery: a task's step to one recipient address. The log keeps one record per
/// key; an entry with two To addresses gets two keys, so each address hears of each step exactly once.
/// </summary>
public readonly record struct ReminderKey
{
    /// <summary>A key; the address is compared case-insensitively, so it is kept in lower case.</summary>
    public ReminderKey(string taskId, string step, string recipient)
    {
        TaskId = taskId;
        Step = step;
        Recipient = recipient.Trim().ToLowerInvariant();
    }

    /// <summary>The task.</summary>
    public string TaskId { get; }

    /// <summary>The step's <see cref="ReminderStep.Key"/>.</summary>
    public string Step { get; }

    /// <summary>The recipient's address, lower case.</summary>
    public string Recipient { get; }
}
