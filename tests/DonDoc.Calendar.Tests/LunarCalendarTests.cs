using static DonDoc.Calendar.Tests.Dates;

namespace DonDoc.Calendar.Tests;

public class LunarCalendarTests
{
    [Theory]
    // Mùng 1 Tết as printed in Vietnamese calendars.
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    // Years where UTC+7 and UTC+8 disagree: China's New Year was (or will be) 1968-01-30, 1985-02-20,
    // 2007-02-18 and 2030-02-03; the 2030 new moon comes at 23:07 on 2 February in Hà Nội.
    [InlineData(2030, "2030-02-02")]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    public void Tet_falls_on_the_Vietnamese_date(int lunarYear, string expected)
    {
        Assert.Equal(D(expected), LunarCalendar.NewYearDay(lunarYear));
        Assert.Equal(D(expected), LunarCalendar.ToSolar(lunarYear, 1, 1));
        Assert.Equal((lunarYear, 1, 1, false), LunarCalendar.FromSolar(D(expected)));
    }

    [Theory]
    // Giỗ Tổ Hùng Vương, 10/3 âm lịch.
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void Gio_To_is_the_tenth_of_the_third_month(int year, string expected)
    {
        Assert.Equal(D(expected), LunarCalendar.ToSolar(year, 3, 10));
    }

    [Theory]
    [InlineData("2025-07-25", 2025, 6, 1, true)]   // first day of the leap sixth month of Ất Tỵ
    [InlineData("2025-06-25", 2025, 6, 1, false)]  // the ordinary sixth month before it
    [InlineData("2023-03-22", 2023, 2, 1, true)]   // leap second month of Quý Mão
    [InlineData("2020-05-23", 2020, 4, 1, true)]   // leap fourth month of Canh Tý
    [InlineData("2025-10-06", 2025, 8, 15, false)] // Tết Trung thu 2025
    [InlineData("2025-01-28", 2024, 12, 29, false)] // last day of Giáp Thìn, a 29-day month
    [InlineData("2024-02-09", 2023, 12, 30, false)] // last day of Quý Mão, a 30-day month
    [InlineData("2026-02-16", 2025, 12, 29, false)] // last day of Ất Tỵ
    [InlineData("2026-01-01", 2025, 11, 13, false)] // a January date still in the old lunar year
    public void Converts_both_ways(string solar, int year, int month, int day, bool leap)
    {
        Assert.Equal((year, month, day, leap), LunarCalendar.FromSolar(D(solar)));
        Assert.Equal(D(solar), LunarCalendar.ToSolar(year, month, day, leap));
    }

    [Theory]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2024, 0)]
    [InlineData(2025, 6)]
    [InlineData(2026, 0)]
    [InlineData(2028, 5)]
    public void Knows_the_leap_month(int lunarYear, int leapMonth)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonthOf(lunarYear));
    }

    [Theory]
    [InlineData(2024, 12, false, 29)]
    [InlineData(2023, 12, false, 30)]
    [InlineData(2025, 6, true, 29)]
    public void Knows_month_lengths(int year, int month, bool leap, int days)
    {
        Assert.Equal(days, LunarCalendar.DaysInMonth(year, month, leap));
    }

    [Theory]
    [InlineData(2024, 12, 30, false)] // Giáp Thìn's twelfth month has 29 days
    [InlineData(2024, 2, 1, true)]    // 2024 has no leap month
    [InlineData(2025, 5, 1, true)]    // 2025's leap month is the sixth, not the fifth
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(1799, 1, 1, false)]
    [InlineData(2200, 1, 1, false)]
    public void Rejects_dates_that_do_not_exist(int year, int month, int day, bool leap)
    {
        Assert.False(LunarCalendar.TryToSolar(year, month, day, leap, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(year, month, day, leap));
    }

    [Fact]
    public void Every_day_from_2015_to_2035_round_trips()
    {
        for (var date = D("2015-01-01"); date <= D("2035-12-31"); date = date.AddDays(1))
        {
            var (year, month, day, leap) = LunarCalendar.FromSolar(date);
            Assert.Equal(date, LunarCalendar.ToSolar(year, month, day, leap));
        }
    }

    [Fact]
    public void Refuses_solar_years_outside_the_supported_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.FromSolar(D("2200-01-01")));
    }
}
