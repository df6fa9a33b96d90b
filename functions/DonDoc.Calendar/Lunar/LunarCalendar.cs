namespace DonDoc.Calendar;

/// <summary>
/// Converts between Gregorian dates and the Vietnamese lunar calendar (âm lịch) computed for UTC+7, so
/// dates agree with Vietnamese calendars where they differ from Chinese ones (Tết 1985, 2007).
/// Supports lunar years <see cref="MinYear"/>–<see cref="MaxYear"/>; a date that does not exist throws.
/// </summary>
/// <remarks>
/// A lunar year here is named by the Gregorian year in which its month 1 begins: lunar year 2025 starts on
/// Tết 2025-01-29, and its month 12 ends in February 2026. A leap month repeats the month before it.
/// </remarks>
public static class LunarCalendar
{
    /// <summary>First lunar year (and Gregorian year for <see cref="FromSolar"/>) supported.</summary>
    public const int MinYear = 1800;

    /// <summary>Last lunar year (and Gregorian year for <see cref="FromSolar"/>) supported.</summary>
    public const int MaxYear = 2199;

    /// <summary>Vietnam's standard time, UTC+7, in hours; the calendar's day starts at local midnight.</summary>
    private const double VietnamTimeZone = 7.0;

    /// <summary>Gives the Gregorian date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is unsupported, or the date does not exist (day 30 of a 29-day month, a leap month the year lacks).
    /// </exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false) =>
        TryToSolar(lunarYear, lunarMonth, lunarDay, leapMonth, out var date)
            ? date
            : throw new ArgumentOutOfRangeException(
                nameof(lunarDay),
                $"No lunar date {lunarDay}/{lunarMonth}{(leapMonth ? " (leap)" : "")}/{lunarYear} in the supported calendar.");

    /// <summary>Gives the Gregorian date of a lunar date, or false when that lunar date does not exist or is unsupported.</summary>
    public static bool TryToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth, out DateOnly date)
    {
        date = default;
        if (lunarYear is < MinYear or > MaxYear || lunarMonth is < 1 or > 12 || lunarDay is < 1 or > 30)
        {
            return false;
        }

        // Months are counted from the month containing the winter solstice (month 11); months 11 and 12
        // of a lunar year sit in the solstice-to-solstice span that starts in its own Gregorian year.
        var (a11, b11) = lunarMonth < 11
            ? (Month11Start(lunarYear - 1), Month11Start(lunarYear))
            : (Month11Start(lunarYear), Month11Start(lunarYear + 1));
        int k = LunarAstronomy.NearestNewMoonIndex(a11);
        int offset = lunarMonth - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11);
            int leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber < 0)
            {
                leapMonthNumber += 12;
            }

            if (leapMonth && lunarMonth != leapMonthNumber)
            {
                return false;
            }

            if (leapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (leapMonth)
        {
            return false;
        }

        int monthStart = LunarAstronomy.NewMoonDay(k + offset, VietnamTimeZone);
        int nextMonthStart = LunarAstronomy.NewMoonDay(k + offset + 1, VietnamTimeZone);
        if (lunarDay > nextMonthStart - monthStart)
        {
            return false;
        }

        date = LunarAstronomy.FromJulianDay(monthStart + lunarDay - 1);
        return true;
    }

    /// <summary>Gives the lunar date of a Gregorian date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Gregorian year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static (int Year, int Month, int Day, bool LeapMonth) FromSolar(DateOnly date)
    {
        if (date.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Lunar dates are computed for {MinYear}–{MaxYear} only.");
        }

        int dayNumber = LunarAstronomy.ToJulianDay(date);
        int k = LunarAstronomy.NewMoonIndexBefore(dayNumber);
        int monthStart = LunarAstronomy.NewMoonDay(k + 1, VietnamTimeZone);
        if (monthStart > dayNumber)
        {
            monthStart = LunarAstronomy.NewMoonDay(k, VietnamTimeZone);
        }

        int a11 = Month11Start(date.Year);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1);
        }

        int lunarDay = dayNumber - monthStart + 1;
        int diff = (monthStart - a11) / 29;
        bool leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            int leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                lunarMonth = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return (lunarYear, lunarMonth, lunarDay, leap);
    }

    /// <summary>The Gregorian date of Tết (mùng 1 tháng Giêng) of a lunar year.</summary>
    public static DateOnly NewYearDay(int lunarYear) => ToSolar(lunarYear, 1, 1);

    /// <summary>The number of the month that has a leap repeat in a lunar year, or 0 when the year has none.</summary>
    public static int LeapMonthOf(int lunarYear)
    {
        for (int month = 1; month <= 12; month++)
        {
            if (TryToSolar(lunarYear, month, 1, leapMonth: true, out _))
            {
                return month;
            }
        }

        return 0;
    }

    /// <summary>29 or 30: the length of a lunar month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month does not exist.</exception>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        TryToSolar(lunarYear, lunarMonth, 30, leapMonth, out _) ? 30
        : TryToSolar(lunarYear, lunarMonth, 1, leapMonth, out _) ? 29
        : throw new ArgumentOutOfRangeException(nameof(lunarMonth), $"No lunar month {lunarMonth}{(leapMonth ? " (leap)" : "")} in {lunarYear}.");

    /// <summary>Julian day on which lunar month 11 (the one holding the winter solstice) begins in a Gregorian year.</summary>
    private static int Month11Start(int year)
    {
        int offset = LunarAstronomy.ToJulianDay(new DateOnly(year, 12, 31)) - 2415021;
        int k = (int)Math.Floor(offset / 29.530588853);
        int newMoon = LunarAstronomy.NewMoonDay(k, VietnamTimeZone);
        // Sector 9 starts at 270°, the winter solstice: a new moon past it opens month 12, so step back one.
        return LunarAstronomy.SunLongitudeSector(newMoon, VietnamTimeZone) >= 9
            ? LunarAstronomy.NewMoonDay(k - 1, VietnamTimeZone)
            : newMoon;
    }

    /// <summary>
    /// In a 13-month span starting at month 11, the position (1 = the month after month 11) of the first
    /// month without a major solar term: that month is the leap month.
    /// </summary>
    private static int LeapMonthOffset(int month11Start)
    {
        int k = LunarAstronomy.NearestNewMoonIndex(month11Start);
        int i = 1;
        int arc = LunarAstronomy.SunLongitudeSector(LunarAstronomy.NewMoonDay(k + i, VietnamTimeZone), VietnamTimeZone);
        int last;
        do
        {
            last = arc;
            i++;
            arc = LunarAstronomy.SunLongitudeSector(LunarAstronomy.NewMoonDay(k + i, VietnamTimeZone), VietnamTimeZone);
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
