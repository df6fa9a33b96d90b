namespace DonDoc.Reminders;

/// <summary>Why a task goes to the triage office instead of (or as well as) a normal reminder.</summary>
public enum TriageReason
{
    /// <summary>The deadline names a day that does not exist ("31/11/2023"), or a kind with no date.</summary>
    InvalidDeadline,

    /// <summary>"Trong 05 ngày làm việc kể từ ngày nhận": a period with no known start day.</summary>
    RelativeWithoutBase,

    /// <summary>A periodic duty ("định kỳ hằng năm") with no day, or with a period DonDoc cannot read.</summary>
    RecurringWithoutDay,

    /// <summary>The assignee matches no directory entry.</summary>
    UnknownAssignee,

    /// <summary>The assignee matches several directory entries once diacritics are dropped.</summary>
    AmbiguousAssignee,
}
