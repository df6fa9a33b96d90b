namespace DonDoc.Calendar;

/// <summary>
/// What <see cref="HolidaySchedule.Parse"/> read: the years that had no error, and every error found.
/// Apply the schedules only when <see cref="IsSuccess"/>, unless a partly broken file is acceptable.
/// </summary>
public sealed class HolidayScheduleParseResult
{
    internal HolidayScheduleParseResult(IReadOnlyList<YearSchedule> schedules, IReadOnlyList<ScheduleError> errors)
    {
        Schedules = schedules;
        Errors = errors;
    }

    /// <summary>The years read without any error, in file order.</summary>
    public IReadOnlyList<YearSchedule> Schedules { get; }

    /// <summary>Every problem found: format errors in file order, then errors of meaning (duplicates, dates outside their year); empty when the whole file is valid.</summary>
    public IReadOnlyList<ScheduleError> Errors { get; }

    /// <summary>True when the file had no error at all.</summary>
    public bool IsSuccess => Errors.Count == 0;
}
