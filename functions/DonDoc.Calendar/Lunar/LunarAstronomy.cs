namespace DonDoc.Calendar;

/// <summary>
/// The astronomy under the lunar calendar: new moons and the sun's longitude, after Hồ Ngọc Đức's
/// "Âm lịch Việt Nam" algorithm (itself from Jean Meeus, Astronomical Algorithms, 1998).
/// Days are Julian day numbers; the time zone is hours east of UTC.
/// </summary>
/// <remarks>
/// The constants are Hồ Ngọc Đức's, kept verbatim so results match the reference tables Vietnamese
/// calendars are printed from. The time zone matters: a new moon shortly before midnight in Beijing
/// falls on the next day in Hà Nội, which is why Tết 1985 and 2007 differ between the two calendars.
/// </remarks>
internal static class LunarAstronomy
{
    /// <summary>Julian day number of 0001-01-01 (proleptic Gregorian), i.e. DateOnly.DayNumber 0.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    // Mean length of a synodic month and the epoch of new moon number 0 (1900-01-01 13:52 UTC).
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    public static int ToJulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>Index of the new moon at or before the given Julian day (0 = the new moon of January 1900).</summary>
    public static int NewMoonIndexBefore(int julianDay) => (int)Math.Floor((julianDay - NewMoonEpoch) / SynodicMonth);

    /// <summary>Index of the new moon nearest the given Julian day.</summary>
    public static int NearestNewMoonIndex(int julianDay) => (int)Math.Floor((julianDay - NewMoonEpoch) / SynodicMonth + 0.5);

    /// <summary>The local day (Julian day number) on which the k-th new moon falls.</summary>
    public static int NewMoonDay(int k, double timeZone) => (int)Math.Floor(NewMoon(k) + 0.5 + timeZone / 24);

    /// <summary>
    /// The sun's longitude at local midnight starting the given day, as a sector 0–11 of 30° each
    /// (0 from the March equinox). A lunar month that stays in one sector has no major solar term.
    /// </summary>
    public static int SunLongitudeSector(int julianDay, double timeZone) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - timeZone / 24) / Math.PI * 6);

    /// <summary>Julian day (with fraction) of the k-th new moon after the one of 1900-01-01.</summary>
    private static double NewMoon(int k)
    {
        double t = k / 1236.85; // Julian centuries from 1900 January 0.5
        double t2 = t * t;
        double t3 = t2 * t;
        const double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr); // mean new moon
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's true longitude in radians, normalised to [0, 2π), at a Julian day with fraction.</summary>
    private static double SunLongitude(double julianDay)
    {
        double t = (julianDay - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UTC
        double t2 = t * t;
        const double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }
}
