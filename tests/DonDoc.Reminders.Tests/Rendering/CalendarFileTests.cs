using System.Text;

namespace DonDoc.Reminders.Tests;

public class CalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2025, 8, 6, 1, 2, 3, TimeSpan.Zero);

    private static string Ics(string summary, string? description = null, string taskId = "t1") =>
        Encoding.UTF8.GetString(CalendarFile.Event(taskId, Make.D("2025-08-15"), summary, description, Stamp));

    [Fact]
    public void An_all_day_event_with_crlf_lines()
    {
        var ics = Ics("Hạn: báo cáo");

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20250815\r\n", ics);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20250816\r\n", ics);
        Assert.Contains("\r\nDTSTAMP:20250806T010203Z\r\n", ics);
        Assert.Contains("\r\nSUMMARY:Hạn: báo cáo\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
    }

    [Fact]
    public void The_uid_is_stable_per_task_and_opaque()
    {
        string Uid(string ics) => ics.Split("\r\n").Single(l => l.StartsWith("UID:"));

        Assert.Equal(Uid(Ics("a", taskId: "002/4#x")), Uid(Ics("b", taskId: "002/4#x")));
        Assert.NotEqual(Uid(Ics("a", taskId: "002-4")), Uid(Ics("a", taskId: "002-5")));
        Assert.Matches("^UID:task-[0-9a-f]{32}@dondoc$", Uid(Ics("a", taskId: "002/4#x")));
    }

    [Fact]
    public void Text_values_are_escaped()
    {
        Assert.Equal(@"a\\b\;c\,d\ne", CalendarFile.EscapeText("a\\b;c,d\r\ne"));
        var ics = Ics("x", "BEGIN:VEVENT\nSUMMARY:forged");
        Assert.Contains(@"DESCRIPTION:BEGIN:VEVENT\nSUMMARY:forged", ics);
        Assert.Single(ics.Split("\r\n"), l => l == "BEGIN:VEVENT");
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_characters()
    {
        var summary = "Hạn: " + string.Concat(Enumerable.Repeat("Xây dựng Nghị định về phát triển đô thị thông minh; ", 6));
        var ics = Ics(summary);

        var lines = ics.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        // Unfolding (RFC 5545 §3.1: CRLF + one space removed) gives back the escaped value exactly.
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains("SUMMARY:" + CalendarFile.EscapeText(summary) + "\r\n", unfolded);
        Assert.DoesNotContain('\uFFFD', ics);
    }
}
