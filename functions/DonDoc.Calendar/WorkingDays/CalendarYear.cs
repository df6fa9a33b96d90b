using System.Collections.Frozen;

namespace DonDoc.Calendar;

/// <summary>One year of a calendar, frozen: its days off and worked weekend days, official or computed.</summary>
internal sealed class CalendarYear
{
    private readonly FrozenDictionary<DateOnly, Holiday> holidaysByDate;
    private readonly FrozenSet<DateOnly> workedDates;

    private CalendarYear(int year, IEnumerable<Holiday> daysOff, IEnumerable<WorkedDay> workedDays, bool isOfficial)
    {
        // Dates outside the year cannot be looked up through it; validation rejects them for schedules,
        // and the computed rules never produce them.
        Holidays = [.. daysOff.Where(h => h.Date.Year == year).OrderBy(h => h.Date)];
        WorkedDays = [.. workedDays.Where(w => w.Date.Year == year).OrderBy(w => w.Date)];
        holidaysByDate = Holidays.ToFrozenDictionary(h => h.Date);
        workedDates = WorkedDays.Select(w => w.Date).ToFrozenSet();
        IsOfficial = isOfficial;
    }

    public bool IsOfficial { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public IReadOnlyList<WorkedDay> WorkedDays { get; }

    public static CalendarYear Computed(int year) => new(year, DefaultHolidays.For(year), [], isOfficial: false);

    public static CalendarYear Official(YearSchedule schedule) =>
        new(schedule.Year, schedule.DaysOff, schedule.WorkedDays, isOfficial: true);

    public Holiday? HolidayOn(DateOnly date) => holidaysByDate.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) =>
        workedDates.Contains(date) || (!CompensatoryDays.IsWeekend(date) && !holidaysByDate.ContainsKey(date));
}
