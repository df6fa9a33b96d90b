namespace DonDoc.Reminders;

/// <summary>The reminders due on one day: one digest per recipient address, or none with the reason why.</summary>
/// <param name="Today">The day planned for.</param>
/// <param name="Digests">One digest per To address, ordered by address.</param>
/// <param name="SkipReason">Why nothing is sent at all (a day off), or null.</param>
/// <param name="AlreadySentCount">Reminders due today that the log shows as already sent (or being sent), so left out.</param>
public sealed record ReminderPlan(DateOnly Today, IReadOnlyList<ReminderDigest> Digests, string? SkipReason = null, int AlreadySentCount = 0)
{
    /// <summary>All items across digests.</summary>
    public int ItemCount => Digests.Sum(d => d.Items.Count);
}
