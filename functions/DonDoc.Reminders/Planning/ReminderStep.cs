using System.Globalization;

namespace DonDoc.Reminders;

/// <summary>The kinds of reminder a task can receive.</summary>
public enum StepKind
{
    /// <summary>N working days before the deadline.</summary>
    Before,

    /// <summary>On the deadline's working day.</summary>
    OnTheDay,

    /// <summary>N working days after the deadline.</summary>
    After,

    /// <summary>The Nth repeat after the last <see cref="After"/> step ("Weekly(n)").</summary>
    Weekly,

    /// <summary>The deadline cannot be placed on a day: a person must check it (sent once).</summary>
    Check,
}

/// <summary>
/// One reminder of one task: the kind, its number (working days before or after, or the repeat ordinal)
/// and the deadline it counts from. <see cref="Key"/> identifies it in the reminder log, so a step is sent
/// once per deadline; a changed deadline (extended, or a recurring duty's next occurrence) starts afresh.
/// </summary>
/// <param name="Kind">The kind of reminder.</param>
/// <param name="Number">Working days for Before/After, the repeat ordinal (1, 2, …) for Weekly, 0 otherwise.</param>
/// <param name="Due">The working day the time limit ends; null for <see cref="StepKind.Check"/>.</param>
public readonly record struct ReminderStep(StepKind Kind, int Number, DateOnly? Due)
{
    /// <summary>A short name: Before7, OnTheDay, After3, Weekly2, Check.</summary>
    public string Name => Kind switch
    {
        StepKind.OnTheDay or StepKind.Check => Kind.ToString(),
        _ => Kind.ToString() + Number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The log key, e.g. "Before7@2025-08-15" or "Check"; safe as part of a table key (no / \ # ?).
    /// </summary>
    public string Key => Due is { } due ? $"{Name}@{due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : Name;

    /// <inheritdoc />
    public override string ToString() => Key;
}
