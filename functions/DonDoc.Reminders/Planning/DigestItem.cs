namespace DonDoc.Reminders;

/// <summary>One task in one recipient's digest, and what to say about it today.</summary>
/// <param name="Task">The task.</param>
/// <param name="Step">The reminder step being sent.</param>
/// <param name="Due">The deadline as the letter puts it (a period's last day, a recurring duty's occurrence); null for a check.</param>
/// <param name="EffectiveDue">The working day the time limit ends (Điều 148: a day off rolls forward); null for a check.</param>
/// <param name="WorkingDaysLeft">Working days to <paramref name="EffectiveDue"/>: positive left, 0 today, negative overdue; null for a check.</param>
/// <param name="IsEscalated">Overdue for at least the policy's escalation days.</param>
/// <param name="EscalationCc">The entry's escalation addresses when escalated, else empty.</param>
/// <param name="Triage">Why this item is in the triage digest; null for an ordinary reminder.</param>
/// <param name="Entry">The directory entry the item was sent for (the triage entry when triaged).</param>
public sealed record DigestItem(
    OpenTask Task,
    ReminderStep Step,
    DateOnly? Due,
    DateOnly? EffectiveDue,
    int? WorkingDaysLeft,
    bool IsEscalated,
    IReadOnlyList<string> EscalationCc,
    TriageReason? Triage,
    DirectoryEntry Entry)
{
    /// <summary>The deadline is still ahead.</summary>
    public bool IsUpcoming => WorkingDaysLeft > 0;

    /// <summary>Today is the deadline's working day.</summary>
    public bool IsDueToday => WorkingDaysLeft == 0;

    /// <summary>The deadline has passed.</summary>
    public bool IsOverdue => WorkingDaysLeft < 0;

    /// <summary>A person must check the deadline: it could not be placed on a day.</summary>
    public bool NeedsCheck => Step.Kind == StepKind.Check;
}
