using static DonDoc.Calendar.Tests.Dates;

namespace DonDoc.Calendar.Tests;

/// <summary>Reading an operator's schedule file: never throws, names each error and where it is.</summary>
public class HolidayScheduleParseTests
{
    private const string ValidYear = """
        {
          // People edit this file by hand: comments and trailing commas are fine.
          "comment": "test",
          "years": [
            {
              "year": 2027,
              "comment": "made-up notice",
              "daysOff": [
                { "date": "2027-01-01", "name": "Tết Dương lịch", "kind": "PublicHoliday", "comment": "BLLĐ" },
                { "date": "2027-01-04", "name": "Nghỉ hoán đổi", "kind": "swapdayoff" },
              ],
              "workedDays": [ { "date": "2027-01-09", "name": "Làm bù", "comment": "x" } ],
            },
          ],
        }
        """;

    [Fact]
    public void Reads_a_valid_file()
    {
        var result = HolidaySchedule.Parse(ValidYear);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var year = Assert.Single(result.Schedules);
        Assert.Equal(2027, year.Year);
        Assert.Equal("made-up notice", year.Source);
        Assert.Equal(new Holiday(D("2027-01-01"), "Tết Dương lịch", HolidayKind.PublicHoliday) { Source = "BLLĐ" }, year.DaysOff[0]);
        Assert.Equal(HolidayKind.SwapDayOff, year.DaysOff[1].Kind);
        Assert.Equal(D("2027-01-09"), Assert.Single(year.WorkedDays).Date);
    }

    [Fact]
    public void The_built_in_file_is_valid_and_covers_2024_to_2026()
    {
        var result = HolidaySchedule.Parse(HolidaySchedule.ReadEmbeddedJson());
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal([2024, 2025, 2026], result.Schedules.Select(s => s.Year));
        Assert.All(result.Schedules.SelectMany(s => s.DaysOff), h => Assert.False(string.IsNullOrWhiteSpace(h.Source)));
        Assert.All(result.Schedules.SelectMany(s => s.WorkedDays), w => Assert.False(string.IsNullOrWhiteSpace(w.Source)));
    }

    [Theory]
    [InlineData(null, ScheduleErrorCode.InvalidJson, "$")]
    [InlineData("", ScheduleErrorCode.InvalidJson, "$")]
    [InlineData("{ \"years\": [ }", ScheduleErrorCode.InvalidJson, "$")]
    [InlineData("[]", ScheduleErrorCode.WrongType, "$")]
    [InlineData("{}", ScheduleErrorCode.MissingField, "$.years")]
    [InlineData("""{ "years": {} }""", ScheduleErrorCode.WrongType, "$.years")]
    [InlineData("""{ "years": [], "yaers": [] }""", ScheduleErrorCode.UnknownField, "$.yaers")]
    [InlineData("""{ "years": [ 2025 ] }""", ScheduleErrorCode.WrongType, "$.years[0]")]
    [InlineData("""{ "years": [ { "year": "2025", "daysOff": [] } ] }""", ScheduleErrorCode.WrongType, "$.years[0].year")]
    [InlineData("""{ "years": [ { "year": 2025 } ] }""", ScheduleErrorCode.MissingField, "$.years[0].daysOff")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [], "dayOff": [] } ] }""", ScheduleErrorCode.UnknownField, "$.years[0].dayOff")]
    [InlineData("""{ "years": [ { "year": 2025, "year": 2026, "daysOff": [] } ] }""", ScheduleErrorCode.DuplicateField, "$.years[0].year")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-02-30", "name": "x", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.InvalidDate, "$.years[0].daysOff[0].date")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "30/04/2025", "name": "x", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.InvalidDate, "$.years[0].daysOff[0].date")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.MissingField, "$.years[0].daysOff[0].name")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "name": "  ", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.MissingField, "$.years[0].daysOff[0].name")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "name": "x", "kind": "Holiday" } ] } ] }""", ScheduleErrorCode.UnknownKind, "$.years[0].daysOff[0].kind")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "name": "x", "kind": "1" } ] } ] }""", ScheduleErrorCode.UnknownKind, "$.years[0].daysOff[0].kind")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "name": "x", "kind": "PublicHoliday", "note": "" } ] } ] }""", ScheduleErrorCode.UnknownField, "$.years[0].daysOff[0].note")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": 20250430, "name": "x", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.WrongType, "$.years[0].daysOff[0].date")]
    [InlineData("""{ "years": [ { "year": 20250, "daysOff": [] } ] }""", ScheduleErrorCode.YearOutOfRange, "$.years[0].year")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [] }, { "year": 2025, "daysOff": [] } ] }""", ScheduleErrorCode.DuplicateYear, "$.years[1].year")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2024-04-30", "name": "x", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.DateOutsideYear, "$.years[0].daysOff[0].date")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-30", "name": "x", "kind": "PublicHoliday" }, { "date": "2025-04-30", "name": "y", "kind": "PublicHoliday" } ] } ] }""", ScheduleErrorCode.DuplicateDate, "$.years[0].daysOff[1].date")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [ { "date": "2025-04-26", "name": "x", "kind": "SwapDayOff" } ], "workedDays": [ { "date": "2025-04-26", "name": "y" } ] } ] }""", ScheduleErrorCode.DuplicateDate, "$.years[0].workedDays[0].date")]
    [InlineData("""{ "years": [ { "year": 2025, "daysOff": [], "workedDays": [ { "date": "2025-04-28", "name": "Monday" } ] } ] }""", ScheduleErrorCode.WorkedDayNotWeekend, "$.years[0].workedDays[0].date")]
    public void Reports_errors_without_throwing(string? json, ScheduleErrorCode code, string path)
    {
        var result = HolidaySchedule.Parse(json);
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Bad_json_gives_line_and_column()
    {
        var error = Assert.Single(HolidaySchedule.Parse("{\n  \"years\": [\n    { \"year\": 2025, }\n    oops\n  ]\n}").Errors);
        Assert.Equal(ScheduleErrorCode.InvalidJson, error.Code);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collects_every_error_and_keeps_the_good_years()
    {
        const string json = """
            { "years": [
              { "year": 2025, "daysOff": [ { "date": "2025-13-01", "name": "x", "kind": "PublicHoliday" },
                                           { "date": "2025-04-30", "name": "", "kind": "Nope" } ] },
              { "year": 2026, "daysOff": [ { "date": "2026-04-30", "name": "Ngày Chiến thắng", "kind": "PublicHoliday" } ] }
            ] }
            """;
        var result = HolidaySchedule.Parse(json);
        Assert.Equal(
            [ScheduleErrorCode.InvalidDate, ScheduleErrorCode.MissingField, ScheduleErrorCode.UnknownKind],
            result.Errors.Select(e => e.Code));
        Assert.Equal(2026, Assert.Single(result.Schedules).Year);
    }

    [Fact]
    public void FromSchedules_rejects_invalid_schedules()
    {
        var bad = new YearSchedule(2025, [], [new WorkedDay(D("2025-04-28"), "Monday")]);
        var exception = Assert.Throws<ArgumentException>(() => WorkingDayCalendar.FromSchedules([bad]));
        Assert.Contains(nameof(ScheduleErrorCode.WorkedDayNotWeekend), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_file_replaces_only_its_own_years()
    {
        // Suppose the 2025 swap had been cancelled: the corrected year has no 2/5 and no worked 26/4.
        const string json = """
            { "years": [ { "year": 2025, "daysOff": [
                { "date": "2025-04-30", "name": "Ngày Chiến thắng", "kind": "PublicHoliday" },
                { "date": "2025-05-01", "name": "Ngày Quốc tế Lao động", "kind": "PublicHoliday" } ] } ] }
            """;
        var corrected = WorkingDayCalendar.Vietnam.WithSchedules(HolidaySchedule.Parse(json).Schedules);
        Assert.True(corrected.IsWorkingDay(D("2025-05-02")));
        Assert.False(corrected.IsWorkingDay(D("2025-04-26")));
        Assert.False(corrected.IsWorkingDay(D("2024-04-29"))); // 2024 still follows the built-in schedule
        Assert.False(WorkingDayCalendar.Vietnam.IsWorkingDay(D("2025-05-02"))); // the built-in calendar is unchanged
    }
}
