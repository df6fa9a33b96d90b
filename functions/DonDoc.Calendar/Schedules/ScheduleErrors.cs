namespace DonDoc.Calendar;

/// <summary>Every schedule error message, in one place so the wording stays consistent.</summary>
internal static class ScheduleErrors
{
    public static ScheduleError InvalidJson(string detail, long? line = null, long? column = null) =>
        new(ScheduleErrorCode.InvalidJson, "$", line is null
            ? $"Not valid JSON: {detail}"
            : $"Not valid JSON at line {line}, column {column}: {detail}");

    public static ScheduleError WrongType(string path, string expected) =>
        new(ScheduleErrorCode.WrongType, path, $"Expected {expected}.");

    public static ScheduleError MissingField(string path) =>
        new(ScheduleErrorCode.MissingField, path, "Required and missing or blank.");

    public static ScheduleError UnknownField(string path, IEnumerable<string> allowed) =>
        new(ScheduleErrorCode.UnknownField, path, $"Unknown field; allowed here: {string.Join(", ", allowed)}.");

    public static ScheduleError DuplicateField(string path) =>
        new(ScheduleErrorCode.DuplicateField, path, "Given twice in the same object.");

    public static ScheduleError InvalidDate(string path, string text) =>
        new(ScheduleErrorCode.InvalidDate, path, $"\"{text}\" is not a real date written yyyy-MM-dd.");

    public static ScheduleError UnknownKind(string path, string text) =>
        new(ScheduleErrorCode.UnknownKind, path,
            $"\"{text}\" is not a kind; use one of {string.Join(", ", Enum.GetNames<HolidayKind>())}.");

    public static ScheduleError YearOutOfRange(string path, int year) =>
        new(ScheduleErrorCode.YearOutOfRange, path,
            $"{year} is outside {LunarCalendar.MinYear}–{LunarCalendar.MaxYear}.");

    public static ScheduleError DuplicateYear(string path, int year) =>
        new(ScheduleErrorCode.DuplicateYear, path, $"{year} is already given earlier; merge the two entries.");

    public static ScheduleError DateOutsideYear(string path, DateOnly date, int year) =>
        new(ScheduleErrorCode.DateOutsideYear, path, $"{date:yyyy-MM-dd} is not in {year}; list it under its own year.");

    public static ScheduleError DuplicateDate(string path, DateOnly date) =>
        new(ScheduleErrorCode.DuplicateDate, path, $"{date:yyyy-MM-dd} is listed more than once in this year.");

    public static ScheduleError WorkedDayNotWeekend(string path, DateOnly date) =>
        new(ScheduleErrorCode.WorkedDayNotWeekend, path,
            $"{date:yyyy-MM-dd} is a {date.DayOfWeek}; only a Saturday or Sunday can be a worked (làm bù) day.");
}
