namespace DonDoc.Reminders;

/// <summary>
/// When reminders go out, all in working days (design §7). Defaults: 7, 3 and 1 working days before; on the
/// day; 1, 3 and 7 after; then every 5 working days (a working week, so Tết or a long holiday never lands a
/// "weekly" reminder on a day off); escalation Cc from 3 working days overdue.
/// </summary>
public sealed record ReminderPolicy
{
    /// <summary>The defaults of design §7.</summary>
    public static ReminderPolicy Default { get; } = new();

    /// <summary>Working days before the deadline on which to remind; positive, e.g. [7, 3, 1].</summary>
    public IReadOnlyList<int> BeforeWorkingDays { get; init; } = [7, 3, 1];

    /// <summary>Whether to remind on the deadline's own working day ("hôm nay là hạn").</summary>
    public bool OnTheDay { get; init; } = true;

    /// <summary>Working days after the deadline on which to remind of an overdue task; positive, e.g. [1, 3, 7].</summary>
    public IReadOnlyList<int> AfterWorkingDays { get; init; } = [1, 3, 7];

    /// <summary>
    /// After the last of <see cref="AfterWorkingDays"/>, remind again every this many working days until the
    /// task is closed; null stops after the last one.
    /// </summary>
    public int? RepeatEveryWorkingDays { get; init; } = 5;

    /// <summary>From this many working days overdue, the entry's escalation addresses are copied; null never escalates.</summary>
    public int? EscalateFromOverdueDays { get; init; } = 3;

    /// <summary>The furthest ahead a reminder looks, in working days: the largest of <see cref="BeforeWorkingDays"/>, or 0.</summary>
    public int LookaheadWorkingDays => BeforeWorkingDays.Count == 0 ? 0 : BeforeWorkingDays.Max();

    /// <summary>Problems with the values; empty when the policy can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(nameof(BeforeWorkingDays), BeforeWorkingDays);
        Check(nameof(AfterWorkingDays), AfterWorkingDays);
        if (RepeatEveryWorkingDays is <= 0)
        {
            problems.Add($"{nameof(RepeatEveryWorkingDays)} must be positive or null.");
        }
        if (EscalateFromOverdueDays is < 0)
        {
            problems.Add($"{nameof(EscalateFromOverdueDays)} must be zero or more, or null.");
        }
        return problems;

        void Check(string name, IReadOnlyList<int> days)
        {
            if (days.Any(d => d <= 0))
            {
                problems.Add($"{name} must hold positive numbers of working days.");
            }
            if (days.Distinct().Count() != days.Count)
            {
                problems.Add($"{name} repeats a day.");
            }
        }
    }
}
