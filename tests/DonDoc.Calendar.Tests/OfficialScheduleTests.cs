using static DonDoc.Calendar.Tests.Dates;

namespace DonDoc.Calendar.Tests;

/// <summary>The built-in calendar against the official schedules for công chức, 2024–2026.</summary>
public class OfficialScheduleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    [Theory]
    // 2024: Thông báo 5015/TB-LĐTBXH; Công văn 2450/VPCP-KGVX.
    [InlineData("2024-01-01", HolidayKind.PublicHoliday)]
    [InlineData("2024-02-08", HolidayKind.PublicHoliday)]
    [InlineData("2024-02-10", HolidayKind.PublicHoliday)] // mùng 1 on a Saturday
    [InlineData("2024-02-13", HolidayKind.Compensatory)]
    [InlineData("2024-02-14", HolidayKind.Compensatory)]
    [InlineData("2024-04-18", HolidayKind.PublicHoliday)]
    [InlineData("2024-04-29", HolidayKind.SwapDayOff)]
    [InlineData("2024-04-30", HolidayKind.PublicHoliday)]
    [InlineData("2024-05-01", HolidayKind.PublicHoliday)]
    [InlineData("2024-09-02", HolidayKind.PublicHoliday)]
    [InlineData("2024-09-03", HolidayKind.PublicHoliday)]
    // 2025: Công văn 8726/VPCP-KGVX; Thông báo 6150/TB-LĐTBXH.
    [InlineData("2025-01-01", HolidayKind.PublicHoliday)]
    [InlineData("2025-01-27", HolidayKind.PublicHoliday)]
    [InlineData("2025-01-29", HolidayKind.PublicHoliday)]
    [InlineData("2025-01-31", HolidayKind.PublicHoliday)]
    [InlineData("2025-04-07", HolidayKind.PublicHoliday)]
    [InlineData("2025-05-02", HolidayKind.SwapDayOff)]
    [InlineData("2025-09-01", HolidayKind.PublicHoliday)]
    [InlineData("2025-09-02", HolidayKind.PublicHoliday)]
    // 2026: Công văn 12729/VPCP-KGVX; Thông báo 9441/TB-BNV; Nghị quyết 28/2026/QH16.
    [InlineData("2026-01-02", HolidayKind.SwapDayOff)]
    [InlineData("2026-02-16", HolidayKind.PublicHoliday)]
    [InlineData("2026-02-17", HolidayKind.PublicHoliday)]
    [InlineData("2026-02-20", HolidayKind.PublicHoliday)]
    [InlineData("2026-04-26", HolidayKind.PublicHoliday)] // Giỗ Tổ on a Sunday
    [InlineData("2026-04-27", HolidayKind.Compensatory)]
    [InlineData("2026-08-31", HolidayKind.SwapDayOff)]
    [InlineData("2026-09-01", HolidayKind.PublicHoliday)]
    [InlineData("2026-11-24", HolidayKind.PublicHoliday)]
    public void Official_days_off(string date, HolidayKind kind)
    {
        var holiday = Calendar.HolidayOn(D(date));
        Assert.NotNull(holiday);
        Assert.Equal(kind, holiday.Kind);
        Assert.Equal(D(date), holiday.Date);
        Assert.False(Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-05-04")]
    [InlineData("2025-04-26")]
    [InlineData("2026-01-10")]
    [InlineData("2026-08-22")]
    public void Worked_Saturdays_are_working_days(string date)
    {
        Assert.Equal(DayOfWeek.Saturday, D(date).DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(D(date)));
        Assert.Null(Calendar.HolidayOn(D(date)));
        Assert.Contains(Calendar.WorkedDaysIn(D(date).Year), w => w.Date == D(date));
    }

    [Theory]
    [InlineData("2025-01-25", false)] // Saturday inside the Tết break, a plain weekend day
    [InlineData("2025-05-03", false)] // Saturday after the 30/4 swap, not worked
    [InlineData("2024-09-04", true)]  // Wednesday after Quốc khánh 2024
    [InlineData("2025-02-03", true)]  // first Monday after Tết 2025
    [InlineData("2025-09-03", true)]  // 2025 took 1/9, so 3/9 is worked
    [InlineData("2026-02-23", true)]  // first Monday after Tết 2026
    [InlineData("2026-04-28", true)]
    [InlineData("2026-11-23", true)]  // the proposed 23/11 swap was not adopted
    public void Ordinary_days_have_no_holiday(string date, bool isWorkingDay)
    {
        Assert.Null(Calendar.HolidayOn(D(date)));
        Assert.Equal(isWorkingDay, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData(2024, 14, 12)]
    [InlineData(2025, 12, 12)]
    [InlineData(2026, 15, 14)]
    public void Each_year_lists_every_day_off(int year, int daysOff, int weekdaysOff)
    {
        var holidays = Calendar.HolidaysIn(year);
        Assert.True(Calendar.HasOfficialSchedule(year));
        Assert.Equal(daysOff, holidays.Count);
        Assert.Equal(weekdaysOff, holidays.Count(h => h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        Assert.All(holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Source)));
    }

    [Fact]
    public void Official_schedule_overrides_the_computed_Tet()
    {
        // By default 2025 would take 28/1 and mùng 1–4 with Monday 3/2 made up for Saturday 1/2; the
        // notice took 27–31/1 instead.
        Assert.False(Calendar.IsWorkingDay(D("2025-01-27")));
        Assert.True(Calendar.IsWorkingDay(D("2025-02-03")));
        Assert.Null(Calendar.HolidayOn(D("2025-02-01")));
    }

    [Fact]
    public void The_built_in_calendar_is_built_once()
    {
        Assert.Same(WorkingDayCalendar.Vietnam, WorkingDayCalendar.Vietnam);
    }
}
