using static DonDoc.Calendar.Tests.Dates;

namespace DonDoc.Calendar.Tests;

/// <summary>Bộ luật Dân sự 2015 Điều 147–148 on the built-in calendar.</summary>
public class PeriodCountingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    [Theory]
    [InlineData("2025-01-23", 1, "2025-01-24")]
    [InlineData("2025-01-23", 3, "2025-02-04")]  // across the whole Tết 2025 break (25/1–2/2)
    [InlineData("2024-02-07", 1, "2024-02-15")]  // across Tết 2024 and its two nghỉ bù days
    [InlineData("2026-02-13", 5, "2026-02-27")]  // across Tết 2026
    [InlineData("2026-04-24", 1, "2026-04-28")]  // Monday 27/4 is nghỉ bù for Giỗ Tổ
    [InlineData("2026-04-24", 3, "2026-05-04")]  // and then 30/4–1/5
    [InlineData("2025-04-25", 1, "2025-04-26")]  // worked Saturday counts
    [InlineData("2025-04-29", 1, "2025-05-05")]  // 30/4, 1/5 and the swapped 2/5 are off
    [InlineData("2026-01-09", 1, "2026-01-10")]  // worked Saturday 10/1/2026
    [InlineData("2025-01-25", 1, "2025-02-03")]  // start on a day off: the next working day is the first
    [InlineData("2025-02-03", -1, "2025-01-24")] // backwards across Tết
    [InlineData("2024-05-06", -1, "2024-05-04")] // backwards onto a worked Saturday
    [InlineData("2026-04-28", -2, "2026-04-23")]
    [InlineData("2025-01-29", 0, "2025-01-29")]  // zero leaves the start alone, even on Tết
    public void AddWorkingDays(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2025-04-20", 10, "2025-05-05")] // ends on 30/4, then 1/5, swapped 2/5 and a weekend
    [InlineData("2026-02-10", 7, "2026-02-23")]  // ends on mùng 1 Tết 2026
    [InlineData("2026-04-21", 6, "2026-04-28")]  // ends on the nghỉ bù Monday
    [InlineData("2025-04-16", 10, "2025-04-26")] // ends on a worked Saturday: it stands
    [InlineData("2025-03-01", 15, "2025-03-17")] // ends on a plain Sunday
    [InlineData("2025-03-01", 10, "2025-03-11")] // ends on a working day
    [InlineData("2026-02-22", -3, "2026-02-13")] // backwards onto Tết: the working day before
    [InlineData("2026-02-17", 0, "2026-02-17")]
    public void AddCalendarDays(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddCalendarDays(D(start), days));
    }

    [Theory]
    [InlineData("2025-01-24", "2025-02-04", 2)]
    [InlineData("2025-01-23", "2025-02-04", 3)]
    [InlineData("2026-04-24", "2026-05-04", 3)]
    [InlineData("2025-04-25", "2025-04-28", 2)]  // Saturday 26/4 worked, Monday 28/4
    [InlineData("2025-01-29", "2025-01-29", 0)]
    [InlineData("2025-02-04", "2025-01-23", -3)] // 23/1, 24/1 and 3/2
    [InlineData("2025-02-01", "2025-01-31", 0)]  // only Tết between them
    public void WorkingDaysBetween(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));
    }

    [Theory]
    [InlineData("2024-02-06")]
    [InlineData("2025-01-25")]
    [InlineData("2025-04-24")]
    [InlineData("2026-04-25")]
    [InlineData("2026-08-28")]
    public void WorkingDaysBetween_inverts_AddWorkingDays(string start)
    {
        foreach (int n in new[] { -15, -7, -3, -1, 1, 3, 7, 15 })
        {
            var end = Calendar.AddWorkingDays(D(start), n);
            Assert.Equal(n, Calendar.WorkingDaysBetween(D(start), end));
        }
    }

    [Theory]
    [InlineData("2025-01-25", "2025-02-03", "2025-01-24")]
    [InlineData("2026-04-26", "2026-04-28", "2026-04-24")]
    [InlineData("2026-01-10", "2026-01-10", "2026-01-10")]
    [InlineData("2026-03-03", "2026-03-03", "2026-03-03")]
    public void Next_and_previous_working_day(string date, string next, string previous)
    {
        Assert.Equal(D(next), Calendar.NextWorkingDayOnOrAfter(D(date)));
        Assert.Equal(D(previous), Calendar.PreviousWorkingDayOnOrBefore(D(date)));
    }
}
