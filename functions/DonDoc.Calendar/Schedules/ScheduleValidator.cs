namespace DonDoc.Calendar;

/// <summary>
/// Checks the meaning of well-formed schedules: years in range and unique, every date in its year and
/// listed once, worked days on weekends. The JSON reader and <see cref="WorkingDayCalendar.FromSchedules"/> share it.
/// </summary>
internal static class ScheduleValidator
{
    /// <summary>The errors of each schedule, index-aligned with the input; paths start from each item's own path.</summary>
    public static IReadOnlyList<ScheduleError>[] Validate(IReadOnlyList<(YearSchedule Schedule, string Path)> items)
    {
        var result = new IReadOnlyList<ScheduleError>[items.Count];
        var seenYears = new HashSet<int>();
        for (int i = 0; i < items.Count; i++)
        {
            var (schedule, path) = items[i];
            var errors = new List<ScheduleError>();
            if (schedule.Year is < LunarCalendar.MinYear or > LunarCalendar.MaxYear)
            {
                errors.Add(ScheduleErrors.YearOutOfRange($"{path}.year", schedule.Year));
            }
            else if (!seenYears.Add(schedule.Year))
            {
                errors.Add(ScheduleErrors.DuplicateYear($"{path}.year", schedule.Year));
            }

            CheckDates(schedule, path, errors);
            result[i] = errors;
        }

        return result;
    }

    private static void CheckDates(YearSchedule schedule, string path, List<ScheduleError> errors)
    {
        var seenDates = new HashSet<DateOnly>();
        for (int j = 0; j < schedule.DaysOff.Count; j++)
        {
            CheckDate(schedule.DaysOff[j].Date, $"{path}.daysOff[{j}].date", schedule.Year, seenDates, errors);
        }

        for (int j = 0; j < schedule.WorkedDays.Count; j++)
        {
            var date = schedule.WorkedDays[j].Date;
            var datePath = $"{path}.workedDays[{j}].date";
            CheckDate(date, datePath, schedule.Year, seenDates, errors);
            if (!CompensatoryDays.IsWeekend(date))
            {
                errors.Add(ScheduleErrors.WorkedDayNotWeekend(datePath, date));
            }
        }
    }

    private static void CheckDate(DateOnly date, string path, int year, HashSet<DateOnly> seen, List<ScheduleError> errors)
    {
        if (date.Year != year)
        {
            errors.Add(ScheduleErrors.DateOutsideYear(path, date, year));
        }

        if (!seen.Add(date))
        {
            errors.Add(ScheduleErrors.DuplicateDate(path, date));
        }
    }
}
