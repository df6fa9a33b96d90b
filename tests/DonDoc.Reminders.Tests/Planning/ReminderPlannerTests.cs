using DonDoc.Letters;
using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

public class ReminderPlannerTests
{
    private static readonly ReminderPlanner Planner = Make.Planner();

    private static List<(string To, string TaskId, string Step)> Flat(ReminderPlan plan) =>
        [.. plan.Digests.SelectMany(d => d.Items.Select(i => (d.To, i.Task.TaskId, i.Step.Name)))];

    [Theory]
    [InlineData("2025-08-05", null)]
    [InlineData("2025-08-06", "Before7")]
    [InlineData("2025-08-12", "Before3")]
    [InlineData("2025-08-14", "Before1")]
    [InlineData("2025-08-15", "OnTheDay")]
    [InlineData("2025-08-18", "After1")]
    [InlineData("2025-08-20", "After3")]
    [InlineData("2025-08-26", "After7")]
    [InlineData("2025-09-03", "After7")]
    [InlineData("2025-09-04", "Weekly1")]
    [InlineData("2025-09-11", "Weekly2")]
    public void Each_step_falls_on_its_working_day(string today, string? step)
    {
        // Due Friday 15/08/2025. Weekly1 is 12 working days late: 1–2/9 are Quốc khánh, so it is 04/09, not 02/09.
        var plan = Planner.Plan([Task("t1", "2025-08-15")], D(today));

        Assert.Equal(step is null ? [] : [("bxd@moc.gov.vn", "t1", step)], Flat(plan));
    }

    [Theory]
    [InlineData("2025-08-09", "thứ Bảy")]
    [InlineData("2025-08-10", "Chủ nhật")]
    [InlineData("2025-09-02", "Quốc khánh (2/9)")]
    [InlineData("2026-02-17", "Tết Nguyên đán (mùng 1)")]
    [InlineData("2026-01-02", "Nghỉ hoán đổi")]
    public void Nothing_goes_out_on_a_day_off_and_the_plan_says_why(string today, string why)
    {
        var plan = Planner.Plan([Task("t1", today)], D(today));

        Assert.Empty(plan.Digests);
        Assert.Contains(why, plan.SkipReason);
        Assert.Contains("not a working day", plan.SkipReason);
    }

    [Fact]
    public void A_worked_weekend_day_is_a_working_day()
    {
        // Thứ Bảy 10/01/2026 is worked in exchange for Friday 02/01 (Công văn 12729/VPCP-KGVX).
        var plan = Planner.Plan([Task("t1", "2026-01-10")], D("2026-01-10"));

        Assert.Null(plan.SkipReason);
        Assert.Equal([("bxd@moc.gov.vn", "t1", "OnTheDay")], Flat(plan));
    }

    [Fact]
    public void A_step_already_sent_is_never_planned_again()
    {
        var task = Task("t1", "2025-08-15");
        var sent = new HashSet<ReminderKey> { new("t1", "Before7@2025-08-15", "BXD@moc.gov.vn") };

        var plan = Planner.Plan([task], D("2025-08-07"), sent);

        Assert.Empty(plan.Digests);
        Assert.Equal(1, plan.AlreadySentCount);
    }

    [Fact]
    public void A_missed_step_is_sent_on_the_next_working_day()
    {
        // The timer did not run on 12/08 (Before3): on 13/08 Before3 is still the latest step, so it goes.
        var sent = new HashSet<ReminderKey> { new("t1", "Before7@2025-08-15", "bxd@moc.gov.vn") };

        var plan = Planner.Plan([Task("t1", "2025-08-15")], D("2025-08-13"), sent);

        var item = Assert.Single(plan.Digests.Single().Items);
        Assert.Equal("Before3", item.Step.Name);
        Assert.Equal(2, item.WorkingDaysLeft);
    }

    [Fact]
    public void Several_missed_steps_give_only_the_latest_one()
    {
        // Before7, Before3 and Before1 all missed: on the day only OnTheDay goes, not a burst of stale ones.
        var plan = Planner.Plan([Task("t1", "2025-08-15")], D("2025-08-15"));

        Assert.Equal([("bxd@moc.gov.vn", "t1", "OnTheDay")], Flat(plan));
    }

    [Fact]
    public void Escalation_copies_the_escalation_addresses_from_three_working_days_overdue()
    {
        var task = Task("t1", "2025-08-15");

        var after1 = Planner.Plan([task], D("2025-08-18")).Digests.Single();
        var after3 = Planner.Plan([task], D("2025-08-20")).Digests.Single();

        Assert.False(after1.Items.Single().IsEscalated);
        Assert.Equal(["vanthu.bxd@moc.gov.vn"], after1.Cc);
        Assert.True(after3.Items.Single().IsEscalated);
        Assert.Equal(-3, after3.Items.Single().WorkingDaysLeft);
        Assert.Equal(["vanthu.bxd@moc.gov.vn", "lanhdao.bxd@moc.gov.vn"], after3.Cc);
    }

    [Fact]
    public void One_digest_per_address_with_items_most_overdue_first()
    {
        var tasks = new[]
        {
            Task("soon", "2025-08-15"),
            Task("late", "2025-07-25"),
            Task("alias", "2025-08-06", assignee: "BXD"),
            Task("other", "2025-08-15", assignee: "Bộ Tư pháp"),
        };

        var plan = Planner.Plan(tasks, D("2025-08-06"));

        Assert.Equal(["btp@moj.gov.vn", "bxd@moc.gov.vn"], plan.Digests.Select(d => d.To));
        var bxd = plan.Digests.Single(d => d.To == "bxd@moc.gov.vn");
        Assert.Equal(["late", "alias", "soon"], bxd.Items.Select(i => i.Task.TaskId));
        Assert.Equal((1, 1, 1), (bxd.UpcomingCount, bxd.DueTodayCount, bxd.OverdueCount));
    }

    [Fact]
    public void Every_to_address_of_an_entry_gets_its_own_digest_and_key()
    {
        var task = Task("t1", "2025-08-15", assignee: "Quý Cơ quan");
        var sentToOne = new HashSet<ReminderKey> { new("t1", "Before7@2025-08-15", "vanphong@office.gov.vn") };

        var both = Planner.Plan([task], D("2025-08-06"));
        var rest = Planner.Plan([task], D("2025-08-06"), sentToOne);

        Assert.Equal(["chanhvp@office.gov.vn", "vanphong@office.gov.vn"], both.Digests.Select(d => d.To));
        Assert.Equal(["chanhvp@office.gov.vn"], rest.Digests.Select(d => d.To));
    }

    [Fact]
    public void An_unknown_assignee_goes_to_triage_with_its_reminder()
    {
        var task = Task("t1", "2025-08-15", assignee: "Bộ Ngoại giao");

        var digest = Planner.Plan([task], D("2025-08-06")).Digests.Single();

        Assert.Equal("vanthu@office.gov.vn", digest.To);
        Assert.True(digest.IsTriage);
        var item = digest.Items.Single();
        Assert.Equal(TriageReason.UnknownAssignee, item.Triage);
        Assert.Equal("Before7", item.Step.Name);
    }

    [Theory]
    [InlineData(null, DeadlineKind.Invalid, TriageReason.InvalidDeadline)]
    [InlineData(null, DeadlineKind.Relative, TriageReason.RelativeWithoutBase)]
    [InlineData(null, DeadlineKind.Recurring, TriageReason.RecurringWithoutDay)]
    [InlineData(null, DeadlineKind.Exact, TriageReason.InvalidDeadline)]
    [InlineData(null, DeadlineKind.Month, TriageReason.InvalidDeadline)]
    public void Deadlines_that_cannot_be_placed_go_to_triage_for_a_person(string? due, DeadlineKind kind, TriageReason reason)
    {
        var task = Task("t1", due, kind, deadlineText: "trước ngày 31/11/2023");

        var digest = Planner.Plan([task], D("2025-08-06")).Digests.Single();

        Assert.Equal("vanthu@office.gov.vn", digest.To);
        var item = digest.Items.Single();
        Assert.Equal(reason, item.Triage);
        Assert.Equal("Check", item.Step.Key);
        Assert.True(item.NeedsCheck);
        Assert.Null(item.WorkingDaysLeft);
    }

    [Fact]
    public void A_check_is_sent_once()
    {
        var task = Task("t1", null, DeadlineKind.Invalid);
        var sent = new HashSet<ReminderKey> { new("t1", "Check", "vanthu@office.gov.vn") };

        Assert.Empty(Planner.Plan([task], D("2025-08-07"), sent).Digests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DeadlineKind.Urgent)]
    public void Tasks_without_a_time_limit_get_no_reminders(DeadlineKind? kind)
    {
        var plan = Planner.Plan([Task("t1", null, kind, deadlineText: "khẩn trương")], D("2025-08-06"));

        Assert.Empty(plan.Digests);
        Assert.Null(plan.SkipReason);
    }

    [Fact]
    public void An_extended_deadline_starts_its_steps_afresh()
    {
        var sent = new HashSet<ReminderKey> { new("t1", "Before7@2025-08-15", "bxd@moc.gov.vn") };

        var plan = Planner.Plan([Task("t1", "2025-08-18")], D("2025-08-07"), sent);

        Assert.Equal("Before7@2025-08-18", plan.Digests.Single().Items.Single().Step.Key);
    }

    [Fact]
    public void The_policy_is_configurable()
    {
        var planner = Make.Planner(new ReminderPolicy { BeforeWorkingDays = [10], EscalateFromOverdueDays = 1 });

        Assert.Equal("Before10", planner.Plan([Task("t1", "2025-08-15")], D("2025-08-01")).Digests.Single().Items.Single().Step.Name);
        Assert.True(planner.Plan([Task("t1", "2025-08-15")], D("2025-08-18")).Digests.Single().Items.Single().IsEscalated);
        Assert.Equal(D("2025-08-15"), planner.DueHorizon(D("2025-08-01")));
    }

    [Fact]
    public void Planning_is_pure()
    {
        var tasks = SeedTasks.Load().Concat([Task("t1", "2025-08-15"), Task("t2", null, DeadlineKind.Invalid)]).ToList();

        var a = Planner.Plan(tasks, D("2025-08-06"));
        var b = Planner.Plan(Enumerable.Reverse(tasks), D("2025-08-06"));

        Assert.Equal(Flat(a), Flat(b));
        Assert.Equal(a.Digests.Select(d => d.Cc), b.Digests.Select(d => d.Cc));
    }

    [Fact]
    public void Due_horizon_covers_the_furthest_before_step()
    {
        Assert.Equal(D("2025-08-15"), Planner.DueHorizon(D("2025-08-06")));
        // 7 working days from Friday 13/02/2026 cross Tết (16–20/02): 23, 24, 25, 26, 27/02, 02, 03/03.
        Assert.Equal(D("2026-03-03"), Planner.DueHorizon(D("2026-02-13")));
    }
}
