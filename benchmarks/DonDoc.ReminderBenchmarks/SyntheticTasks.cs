using System.Globalization;
using DonDoc.Letters;

namespace DonDoc.Reminders.Benchmarks;

/// <summary>
/// A reproducible (fixed seed) office: 300 agencies, and open tasks whose mix looks like real letters —
/// mostly exact dates, some periods, a few recurring duties, invalid dates and undated tasks; deadlines
/// from a year overdue to two months ahead; assignees written as the name, an alias, upper case or
/// without diacritics, and some no directory knows.
/// </summary>
internal static class SyntheticTasks
{
    public static AgencyDirectory Directory(int agencies)
    {
        var entries = Enumerable.Range(0, agencies).Select(i => new DirectoryEntry(
            $"a{i}", $"Sở Tài nguyên số {i} tỉnh Lào Cai", [$"STN{i}", $"Sở TN {i}"], [$"a{i}@laocai.gov.vn"],
            [$"vt{i}@laocai.gov.vn"], [$"ld{i}@laocai.gov.vn"]));
        return new AgencyDirectory(entries, new DirectoryEntry("triage", "Văn thư", [], ["vanthu@office.gov.vn"], [], []));
    }

    public static List<OpenTask> Tasks(int count, int agencies, DateOnly today, int seed = 42)
    {
        var random = new Random(seed);
        var letter = new LetterSummary("382/TB-VPCP", today.AddDays(-30), "Văn phòng Chính phủ", "Kết luận", false, null);
        var tasks = new List<OpenTask>(count);
        for (var i = 0; i < count; i++)
        {
            var a = random.Next(agencies);
            var assignee = random.Next(10) switch
            {
                0 => $"STN{a}",
                1 => $"SỞ TÀI NGUYÊN SỐ {a} TỈNH LÀO CAI",
                2 => $"So Tai nguyen so {a} tinh Lao Cai",
                3 => $"Cơ quan lạ {random.Next(50)}",
                _ => $"Sở Tài nguyên số {a} tỉnh Lào Cai",
            };
            var due = today.AddDays(random.Next(-365, 60));
            (DeadlineKind? Kind, string Text, DateOnly? Due) deadline = random.Next(100) switch
            {
                < 70 => (DeadlineKind.Exact, "trước ngày …", due),
                < 78 => (DeadlineKind.Month, "trong tháng …", due),
                < 82 => (DeadlineKind.Quarter, "trong Quý …", due),
                < 85 => (DeadlineKind.Year, "trong năm …", due),
                < 90 => (DeadlineKind.Recurring, $"trước ngày {due.Day} hằng tháng", due.AddMonths(-6)),
                < 92 => (DeadlineKind.Invalid, "trước ngày 31/11", null),
                < 94 => (DeadlineKind.Relative, "trong 05 ngày làm việc kể từ ngày nhận", null),
                _ => (null, "", null),
            };
            tasks.Add(new OpenTask(
                $"t{i.ToString(CultureInfo.InvariantCulture)}", $"L{i / 5}", assignee, deadline.Due, deadline.Kind,
                "Báo cáo tình hình thực hiện", deadline.Text, letter));
        }
        return tasks;
    }
}
