using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace DonDoc.Calendar;

/// <summary>
/// Which days are working days for công chức and viên chức in Vietnam, and how periods counted in days
/// end. Immutable and thread-safe: years with an official schedule follow it exactly; other years use the
/// law's defaults (Bộ luật Lao động 2019 Điều 111–112) with Tết and Giỗ Tổ from the lunar calendar.
/// </summary>
public sealed partial class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> BuiltIn = new(
        () => FromSchedules(HolidaySchedule.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<int, CalendarYear> officialYears;

    // Computed years are filled on first use; a race computes the same value twice, which is harmless.
    private readonly ConcurrentDictionary<int, CalendarYear> computedYears = new();

    private WorkingDayCalendar(FrozenDictionary<int, CalendarYear> officialYears)
    {
        this.officialYears = officialYears;
    }

    /// <summary>The built-in calendar: the official schedules embedded in holidays.vn.json, computed defaults for other years.</summary>
    public static WorkingDayCalendar Vietnam => BuiltIn.Value;

    /// <summary>A calendar that follows the given schedules for their years and computed defaults for every other year.</summary>
    /// <exception cref="ArgumentException">A schedule is invalid (see <see cref="ScheduleErrorCode"/>); the message lists every error.</exception>
    public static WorkingDayCalendar FromSchedules(IEnumerable<YearSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var items = schedules.Select((s, i) => (Schedule: s, Path: $"schedules[{i}]")).ToList();
        var errors = ScheduleValidator.Validate(items).SelectMany(e => e).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid schedules: " + string.Join("; ", errors), nameof(schedules));
        }

        return new WorkingDayCalendar(items.ToFrozenDictionary(i => i.Schedule.Year, i => CalendarYear.Official(i.Schedule)));
    }

    /// <summary>
    /// This calendar with the given schedules replacing its years one for one (an operator's corrections
    /// on top of <see cref="Vietnam"/>); years not given keep this calendar's schedule or default.
    /// </summary>
    /// <exception cref="ArgumentException">A schedule is invalid; the message lists every error.</exception>
    public WorkingDayCalendar WithSchedules(IEnumerable<YearSchedule> schedules)
    {
        var overrides = FromSchedules(schedules).officialYears;
        var merged = officialYears.Where(y => !overrides.ContainsKey(y.Key)).Concat(overrides);
        return new WorkingDayCalendar(merged.ToFrozenDictionary());
    }

    /// <summary>
    /// True when the year follows an official schedule; false when it is computed from the law and so
    /// may miss the Government's choice of Tết days and swaps.
    /// </summary>
    public bool HasOfficialSchedule(int year) => officialYears.ContainsKey(year);

    /// <summary>The year's days off in date order, including holidays on weekends and compensatory and swap days.</summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year) => Year(year).Holidays;

    /// <summary>The year's weekend days that are worked (làm bù), in date order.</summary>
    public IReadOnlyList<WorkedDay> WorkedDaysIn(int year) => Year(year).WorkedDays;

    /// <summary>True for Monday–Friday that are not days off, and for weekend days the schedule makes worked days.</summary>
    public bool IsWorkingDay(DateOnly date) => Year(date.Year).IsWorkingDay(date);

    /// <summary>The day off on this date, or null on an ordinary day, a plain weekend or a worked weekend day.</summary>
    public Holiday? HolidayOn(DateOnly date) => Year(date.Year).HolidayOn(date);

    private CalendarYear Year(int year) =>
        officialYears.TryGetValue(year, out var official)
            ? official
            : computedYears.GetOrAdd(year, CalendarYear.Computed);
}
