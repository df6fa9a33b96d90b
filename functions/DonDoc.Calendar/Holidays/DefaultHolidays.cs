namespace DonDoc.Calendar;

/// <summary>
/// The days off a year has by law alone (Bộ luật Lao động 2019 Điều 112, plus Ngày Văn hóa Việt Nam from
/// 2026), with nghỉ bù: the calendar used for any year no official schedule covers.
/// </summary>
/// <remarks>
/// The Government fixes each year's exact Tết days and any swaps; these defaults are the usual choices,
/// so a year computed here is an estimate until its schedule is added to holidays.vn.json.
/// </remarks>
internal static class DefaultHolidays
{
    /// <summary>First year of Ngày Văn hóa Việt Nam 24/11 (Nghị quyết 28/2026/QH16, in force 1/7/2026).</summary>
    public const int CultureDayFirstYear = 2026;

    /// <summary>The year's legal holidays and compensatory days, sorted by date.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        var legal = new List<Holiday>
        {
            Legal(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            Legal(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)"),
            Legal(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
            Legal(new DateOnly(year, 9, 2), "Quốc khánh (2/9)"),
            NationalDayCompanion(year),
        };

        // Outside the lunar calendar's range only the solar holidays are known; better a partial
        // calendar than none for a garbled far-off year.
        if (year is >= LunarCalendar.MinYear and <= LunarCalendar.MaxYear)
        {
            legal.AddRange(Tet(year));
            legal.Add(Legal(LunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        }

        if (year >= CultureDayFirstYear)
        {
            legal.Add(Legal(new DateOnly(year, 11, 24), "Ngày Văn hóa Việt Nam (24/11)"));
        }

        return CompensatoryDays.Add(legal);
    }

    /// <summary>
    /// Five Tết days: the last day of the old lunar year and mùng 1–4. The law leaves the split to the
    /// Government; one day before and four after is the plain reading, and it is what 2026 chose.
    /// </summary>
    private static IEnumerable<Holiday> Tet(int year)
    {
        var newYear = LunarCalendar.NewYearDay(year);
        var lastDay = newYear.AddDays(-1);
        var (_, _, lastLunarDay, _) = LunarCalendar.FromSolar(lastDay);
        yield return Legal(lastDay, $"Tết Nguyên đán ({lastLunarDay} tháng Chạp)");
        for (int i = 0; i < 4; i++)
        {
            yield return Legal(newYear.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})");
        }
    }

    /// <summary>
    /// Quốc khánh has two days: 2/9 and 1/9 or 3/9, chosen each year. Recent schedules took the side
    /// that joins a weekend: 3/9 when 2/9 is a Monday (2024) or Thursday (2021), otherwise 1/9 (2022,
    /// 2023, 2025, 2026).
    /// </summary>
    private static Holiday NationalDayCompanion(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        bool after = nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday;
        var day = after ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        return Legal(day, $"Quốc khánh (ngày liền kề {day.Day}/9)");
    }

    private static Holiday Legal(DateOnly date, string name) => new(date, name, HolidayKind.PublicHoliday);
}
