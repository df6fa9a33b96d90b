namespace DonDoc.Reminders;

/// <summary>
/// One body that letters assign tasks to, and who hears about them: <see cref="To"/> receive the digest,
/// <see cref="Cc"/> are copied on every digest, <see cref="Escalation"/> are copied once a task is overdue
/// long enough (<see cref="ReminderPolicy.EscalateFromOverdueDays"/>).
/// </summary>
/// <param name="Key">Stable identifier, also the Directory table's key, e.g. "bxd".</param>
/// <param name="DisplayName">The name to match and show, e.g. "Bộ Xây dựng".</param>
/// <param name="Aliases">Other names and abbreviations letters use: "BXD", "Bộ trưởng Bộ Xây dựng".</param>
/// <param name="To">Addresses that receive the digest; at least one.</param>
/// <param name="Cc">Addresses copied on every digest.</param>
/// <param name="Escalation">Addresses copied when a task is overdue past the escalation point.</param>
public sealed record DirectoryEntry(
    string Key,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Escalation);
