using static DonDoc.Calendar.Tests.Dates;

namespace DonDoc.Calendar.Tests;

/// <summary>Years without an official schedule: the law's holidays, lunar dates and nghỉ bù.</summary>
public class DefaultHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    [Theory]
    // 2027: Tết mùng 1 is Saturday 6/2, so the weekend's two Tết days are made up on Wednesday and Thursday.
    [InlineData("2027-01-01", HolidayKind.PublicHoliday)]
    [InlineData("2027-02-05", HolidayKind.PublicHoliday)] // 30 tháng Chạp
    [InlineData("2027-02-06", HolidayKind.PublicHoliday)] // mùng 1, Saturday
    [InlineData("2027-02-09", HolidayKind.PublicHoliday)] // mùng 4
    [InlineData("2027-02-10", HolidayKind.Compensatory)]
    [InlineData("2027-02-11", HolidayKind.Compensatory)]
    [InlineData("2027-04-16", HolidayKind.PublicHoliday)] // Giỗ Tổ
    [InlineData("2027-05-01", HolidayKind.PublicHoliday)] // Saturday
    [InlineData("2027-05-03", HolidayKind.Compensatory)]
    [InlineData("2027-09-03", HolidayKind.PublicHoliday)] // 2/9 is a Thursday: the adjacent day is Friday 3/9
    [InlineData("2027-11-24", HolidayKind.PublicHoliday)]
    // 2029: 1/9 Saturday and 2/9 Sunday give Monday and Tuesday.
    [InlineData("2029-09-01", HolidayKind.PublicHoliday)]
    [InlineData("2029-09-03", HolidayKind.Compensatory)]
    [InlineData("2029-09-04", HolidayKind.Compensatory)]
    public void Computed_days_off(string date, HolidayKind kind)
    {
        Assert.False(Calendar.HasOfficialSchedule(D(date).Year));
        var holiday = Calendar.HolidayOn(D(date));
        Assert.NotNull(holiday);
        Assert.Equal(kind, holiday.Kind);
    }

    [Theory]
    [InlineData("2027-02-12", true)]  // Friday after the Tết make-up days
    [InlineData("2027-09-01", true)]  // 3/9 was chosen, so 1/9 is worked
    [InlineData("2029-09-05", true)]
    [InlineData("2025-11-24", true)]  // Ngày Văn hóa Việt Nam starts in 2026
    public void Computed_working_days(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Computed_year_has_eleven_legal_days_before_2026_and_twelve_after()
    {
        var empty = WorkingDayCalendar.FromSchedules([]);
        Assert.Equal(11, empty.HolidaysIn(2025).Count(h => h.Kind == HolidayKind.PublicHoliday));
        Assert.Equal(12, empty.HolidaysIn(2027).Count(h => h.Kind == HolidayKind.PublicHoliday));
    }

    [Fact]
    public void Computed_2026_agrees_with_the_official_schedule_except_the_swaps()
    {
        var computed = WorkingDayCalendar.FromSchedules([]).HolidaysIn(2026).Select(h => (h.Date, h.Kind));
        var official = WorkingDayCalendar.Vietnam.HolidaysIn(2026)
            .Where(h => h.Kind != HolidayKind.SwapDayOff)
            .Select(h => (h.Date, h.Kind));
        Assert.Equal(official, computed);
    }

    [Fact]
    public void Two_holidays_on_one_day_give_a_make_up_day()
    {
        // Giỗ Tổ can fall on 30/4; Thursday 30/4/2026 stands in for such a year.
        var holidays = CompensatoryDays.Add(
        [
            new Holiday(D("2026-04-30"), "Giỗ Tổ Hùng Vương", HolidayKind.PublicHoliday),
            new Holiday(D("2026-04-30"), "Ngày Chiến thắng", HolidayKind.PublicHoliday),
            new Holiday(D("2026-05-01"), "Ngày Quốc tế Lao động", HolidayKind.PublicHoliday),
        ]);
        Assert.Equal([D("2026-04-30"), D("2026-05-01"), D("2026-05-04")], holidays.Select(h => h.Date));
        Assert.Equal(HolidayKind.Compensatory, holidays[2].Kind);
        Assert.Equal("Nghỉ bù Ngày Chiến thắng", holidays[2].Name);
    }

    [Fact]
    public void Far_years_keep_solar_holidays_without_lunar_ones()
    {
        var calendar = WorkingDayCalendar.FromSchedules([]);
        Assert.Equal(HolidayKind.PublicHoliday, calendar.HolidayOn(D("2300-09-02"))?.Kind);
        Assert.DoesNotContain(calendar.HolidaysIn(2300), h => h.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));
    }
}
