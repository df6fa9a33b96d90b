namespace DonDoc.Letters;

/// <summary>
/// A task's time limit as the letter states it. <see cref="Due"/> is the last day to act, resolved by the
/// rules of vietnamese-letters.md §5; it is null when the text names no resolvable day (invalid dates,
/// recurring duties without a day, urgency words alone).
/// </summary>
public sealed record Deadline(DateOnly? Due, DeadlineKind Kind, string Text, int Start, int Length);

/// <summary>How a deadline was expressed; kept distinct until a policy resolves it.</summary>
public enum DeadlineKind
{
    /// <summary>A named day: "trước ngày 15 tháng 8 năm 2025".</summary>
    Exact,
    /// <summary>Within a month: due on its last day.</summary>
    Month,
    /// <summary>Within a quarter: due on its last day.</summary>
    Quarter,
    /// <summary>First or last six months of a year.</summary>
    Half,
    /// <summary>Within or by the end of a year.</summary>
    Year,
    /// <summary>N (working) days from the letter's date.</summary>
    Relative,
    /// <summary>A duty that repeats ("trước ngày 20 hằng tháng"); <see cref="Deadline.Due"/> is the next occurrence.</summary>
    Recurring,
    /// <summary>A day that does not exist ("31/11/2023"): kept as text for a person to decide.</summary>
    Invalid,
    /// <summary>No day, only urgency ("khẩn trương"): the task is urgent but undated.</summary>
    Urgent,
}
