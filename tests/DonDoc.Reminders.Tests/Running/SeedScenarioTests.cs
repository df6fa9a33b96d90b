using DonDoc.Letters;
using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

/// <summary>
/// The seed letters' deadlines run day by day through the whole use case (plan, claim, render, send, mark)
/// with one log, so each day sends exactly the steps that came due and nothing twice. Seed tasks, by id:
/// 000-0 BXD "Hội thảo toàn quốc" due 31/12/2024 (year); 000-1 BXD "Lập báo cáo tổng kết" due 31/12/2025
/// (year); 001-0 "Quý Cơ quan" due "31/11/2023" (invalid); 002-0 BXD due 15/08/2025; 002-1 "Các Thành viên
/// Tổ Công tác" due 25/07/2025; 002-3 BXD "trong tháng 7" (31/07/2025); 002-4 BXD due 25/07/2025; 002-6
/// "Các Bộ, ngành, Ủy ban nhân dân các tỉnh…" (no directory entry) "trong tháng 7"; 002-2 and 002-5 are
/// "khẩn trương" with no date, 000-2…5 and 003 have no time limit: never reminded.
/// </summary>
public class SeedScenarioTests
{
    private const string Bxd = "bxd@moc.gov.vn";
    private const string Tct = "totacongtac@moc.gov.vn";
    private const string Triage = "vanthu@office.gov.vn";

    private static List<string> S(params string[] lines) => [.. lines.Order(StringComparer.Ordinal)];

    [Fact]
    public async Task July_2025_day_by_day()
    {
        var h = new RunHarness(SeedTasks.Load());

        // 22/07: 000-0 is 136 working days late (Weekly25, escalated); 002-4 and 002-1 have 3 days left,
        // 002-3 and 002-6 seven; the invalid deadline of seed 001 goes to triage for a person.
        var day1 = await h.RunOn("2025-07-22");
        Assert.Equal(S($"{Tct} 002-1 Before3", $"{Bxd} 000-0 Weekly25", $"{Bxd} 002-3 Before7", $"{Bxd} 002-4 Before3",
             $"{Triage} 001-0 Check", $"{Triage} 002-6 Before7"),
            day1.Sent);
        var bxdMail = h.Mailer.Sent.Single(m => m.To == Bxd);
        Assert.Equal("[DonDoc] 2 nhiệm vụ sắp đến hạn, 1 quá hạn — 22/07/2025", bxdMail.Subject);
        Assert.Equal(["vanthu.bxd@moc.gov.vn", "lanhdao.bxd@moc.gov.vn"], bxdMail.Cc);
        Assert.Equal("[DonDoc] 1 nhiệm vụ sắp đến hạn, 1 cần kiểm tra — 22/07/2025", h.Mailer.Sent.Single(m => m.To == Triage).Subject);

        // The same day again: nothing new.
        var again = await h.RunOn("2025-07-22");
        Assert.Empty(again.Sent);
        Assert.Equal(6, again.Report.AlreadySent);
        Assert.Equal(3, h.Mailer.Calls);

        Assert.Equal(S($"{Bxd} 000-0 Weekly26"), (await h.RunOn("2025-07-23")).Sent);
        Assert.Equal(S($"{Tct} 002-1 Before1", $"{Bxd} 002-4 Before1"), (await h.RunOn("2025-07-24")).Sent);
        Assert.Equal(S($"{Tct} 002-1 OnTheDay", $"{Bxd} 002-4 OnTheDay"), (await h.RunOn("2025-07-25")).Sent);
        Assert.Empty((await h.RunOn("2025-07-26")).Sent);
        Assert.Equal(S($"{Tct} 002-1 After1", $"{Bxd} 002-3 Before3", $"{Bxd} 002-4 After1", $"{Triage} 002-6 Before3"),
            (await h.RunOn("2025-07-28")).Sent);
        Assert.Empty((await h.RunOn("2025-07-29")).Sent);
        Assert.Equal(S($"{Tct} 002-1 After3", $"{Bxd} 000-0 Weekly27", $"{Bxd} 002-3 Before1", $"{Bxd} 002-4 After3", $"{Triage} 002-6 Before1"),
            (await h.RunOn("2025-07-30")).Sent);
        Assert.Equal(S($"{Bxd} 002-3 OnTheDay", $"{Triage} 002-6 OnTheDay"), (await h.RunOn("2025-07-31")).Sent);
        Assert.Equal(S($"{Bxd} 002-3 After1", $"{Triage} 002-6 After1"), (await h.RunOn("2025-08-01")).Sent);
    }

    [Fact]
    public async Task A_task_completed_is_no_longer_reminded()
    {
        var h = new RunHarness(SeedTasks.Load());
        await h.RunOn("2025-07-22");

        h.Source.Complete("002-4");

        // No run on 23/07: 000-0's Weekly26 goes now; 002-4's Before1 does not.
        Assert.Equal(S($"{Bxd} 000-0 Weekly26", $"{Tct} 002-1 Before1"), (await h.RunOn("2025-07-24")).Sent);
    }

    /// <summary>
    /// Around Tết 2026 (nghỉ 14–22/02, days off 16–20/02): seed 000-1 is overdue since 31/12/2025; three more
    /// BXD/BTP tasks are due on mùng 1 Tết (17/02, so the limit ends Monday 23/02), on Friday 13/02, and
    /// "trong tháng 02/2026" (Saturday 28/02, so Monday 02/03).
    /// </summary>
    [Fact]
    public async Task Tet_2026_day_by_day()
    {
        var tasks = SeedTasks.Load().Where(t => t.TaskId == "000-1").Concat(
        [
            Task("tet", "2026-02-17"),
            Task("feb", "2026-02-28", DeadlineKind.Month, deadlineText: "trong tháng 02/2026"),
            Task("btp", "2026-02-13", assignee: "Bộ Tư pháp"),
        ]);
        var h = new RunHarness(tasks);
        const string Btp = "btp@moj.gov.vn";

        Assert.Equal(S($"{Btp} btp Before7", $"{Bxd} 000-1 Weekly3", $"{Bxd} tet Before7"), (await h.RunOn("2026-02-05")).Sent);
        Assert.Equal(S($"{Bxd} 000-1 Weekly4"), (await h.RunOn("2026-02-09")).Sent);
        Assert.Equal(S($"{Btp} btp Before3"), (await h.RunOn("2026-02-10")).Sent);
        Assert.Equal(S($"{Bxd} tet Before3"), (await h.RunOn("2026-02-11")).Sent);
        // Seven working days before 02/03 is 12/02: Tết takes a week out of the count.
        Assert.Equal(S($"{Btp} btp Before1", $"{Bxd} feb Before7"), (await h.RunOn("2026-02-12")).Sent);
        Assert.Equal(S($"{Btp} btp OnTheDay", $"{Bxd} tet Before1"), (await h.RunOn("2026-02-13")).Sent);

        var tet = await h.RunOn("2026-02-17");
        Assert.Empty(tet.Sent);
        Assert.Contains("Tết Nguyên đán (mùng 1)", tet.Report.SkipReason);
        Assert.Empty((await h.RunOn("2026-02-20")).Sent);

        // First working day after Tết: the deadline of mùng 1 ends today (Điều 148), 13/02 is one day late.
        Assert.Equal(S($"{Btp} btp After1", $"{Bxd} 000-1 Weekly5", $"{Bxd} tet OnTheDay"), (await h.RunOn("2026-02-23")).Sent);
        Assert.Equal(S($"{Bxd} tet After1"), (await h.RunOn("2026-02-24")).Sent);
        Assert.Equal(S($"{Btp} btp After3", $"{Bxd} feb Before3"), (await h.RunOn("2026-02-25")).Sent);
        // No run on 26 and 27/02 (the timer failed): tet's After3 is still its latest step, so it goes now,
        // while feb's Before1 was overtaken by OnTheDay and is dropped rather than sent stale.
        Assert.Equal(S($"{Bxd} 000-1 Weekly6", $"{Bxd} feb OnTheDay", $"{Bxd} tet After3"), (await h.RunOn("2026-03-02")).Sent);
    }

    [Fact]
    public async Task Tet_mail_says_the_limit_moved_and_counts_working_days()
    {
        var h = new RunHarness([Task("tet", "2026-02-17")]);

        await h.RunOn("2026-02-13");

        var mail = Assert.Single(h.Mailer.Sent);
        Assert.Contains("17/02/2026 (thứ Ba), trùng ngày nghỉ nên hạn kết thúc 23/02/2026 (thứ Hai)", mail.Text);
        Assert.Contains("còn 1 ngày làm việc", mail.Text);
        Assert.Equal("han-2026-02-23-1.ics", Assert.Single(mail.Attachments).Name);
    }

    /// <summary>
    /// The New Year 2026 swap: Friday 02/01 is off and Saturday 10/01 is worked (Công văn 12729/VPCP-KGVX).
    /// Seed 000-1 (due Wednesday 31/12/2025) counts the worked Saturday: After7 is Monday 12/01, not 13/01.
    /// </summary>
    [Fact]
    public async Task New_year_2026_swap_and_worked_saturday()
    {
        var h = new RunHarness(SeedTasks.Load().Where(t => t.TaskId == "000-1").Append(Task("sat", "2026-01-10", assignee: "BTP")));
        const string Btp = "btp@moj.gov.vn";

        Assert.Equal(S($"{Btp} sat Before7", $"{Bxd} 000-1 OnTheDay"), (await h.RunOn("2025-12-31")).Sent);
        var swap = await h.RunOn("2026-01-02");
        Assert.Empty(swap.Sent);
        Assert.Contains("Nghỉ hoán đổi", swap.Report.SkipReason);
        Assert.Equal(S($"{Bxd} 000-1 After1"), (await h.RunOn("2026-01-05")).Sent);
        Assert.Equal(S($"{Btp} sat Before3", $"{Bxd} 000-1 After3"), (await h.RunOn("2026-01-07")).Sent);
        Assert.Equal(S($"{Btp} sat Before1"), (await h.RunOn("2026-01-09")).Sent);
        Assert.Equal(S($"{Btp} sat OnTheDay"), (await h.RunOn("2026-01-10")).Sent);
        Assert.Empty((await h.RunOn("2026-01-11")).Sent);
        Assert.Equal(S($"{Btp} sat After1", $"{Bxd} 000-1 After7"), (await h.RunOn("2026-01-12")).Sent);
    }
}
