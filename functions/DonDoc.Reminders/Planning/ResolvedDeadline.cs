namespace DonDoc.Reminders;

/// <summary>
/// A task's deadline placed on the calendar for one day's plan: the day the letter names (<see cref="Due"/>)
/// and the working day the time limit really ends (<see cref="EffectiveDue"/>: Bộ luật Dân sự 2015 Điều 148
/// khoản 5, a limit ending on a day off ends on the next working day), or why it cannot be placed.
/// </summary>
internal readonly record struct ResolvedDeadline(DateOnly? Due, DateOnly? EffectiveDue, bool Recurring, TriageReason? Triage)
{
    /// <summary>The task has no time limit: no reminders.</summary>
    public static ResolvedDeadline None => default;

    public static ResolvedDeadline Check(TriageReason reason) => new(null, null, false, reason);

    public bool IsNone => Due is null && Triage is null;
}
