namespace DonDoc.Calendar;

/// <summary>What is wrong with a holiday schedule; callers and tests branch on the code, never on the message.</summary>
public enum ScheduleErrorCode
{
    /// <summary>The text is not JSON (or is empty).</summary>
    InvalidJson,

    /// <summary>A value has the wrong JSON type, e.g. a number where a date string belongs.</summary>
    WrongType,

    /// <summary>A required field is absent or blank.</summary>
    MissingField,

    /// <summary>A field the format does not know, most often a typo ("dayOff" for "daysOff").</summary>
    UnknownField,

    /// <summary>The same field twice in one object.</summary>
    DuplicateField,

    /// <summary>A date that is not yyyy-MM-dd or does not exist (2025-02-30).</summary>
    InvalidDate,

    /// <summary>A kind that is not one of <see cref="HolidayKind"/>'s names.</summary>
    UnknownKind,

    /// <summary>A year outside <see cref="LunarCalendar.MinYear"/>–<see cref="LunarCalendar.MaxYear"/>.</summary>
    YearOutOfRange,

    /// <summary>A year given twice; the later one is rejected.</summary>
    DuplicateYear,

    /// <summary>A date listed under a year it does not belong to.</summary>
    DateOutsideYear,

    /// <summary>A date listed twice in a year, as two days off or as both off and worked.</summary>
    DuplicateDate,

    /// <summary>A worked day that is not a Saturday or Sunday: weekdays are working days already.</summary>
    WorkedDayNotWeekend,
}
