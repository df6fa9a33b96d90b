namespace DonDoc.Calendar;

/// <summary>
/// The official days off and worked weekend days of one Gregorian year. When a calendar has a schedule
/// for a year, that schedule alone decides the year: nothing is computed for it.
/// </summary>
/// <param name="Year">The Gregorian year; every date listed must fall in it.</param>
/// <param name="DaysOff">Every day off, including holidays that fall on a weekend.</param>
/// <param name="WorkedDays">Weekend days worked in exchange for a <see cref="HolidayKind.SwapDayOff"/>.</param>
public sealed record YearSchedule(int Year, IReadOnlyList<Holiday> DaysOff, IReadOnlyList<WorkedDay> WorkedDays)
{
    /// <summary>The notices the year comes from, for people reading or correcting it.</summary>
    public string? Source { get; init; }
}
