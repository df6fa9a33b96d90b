using DonDoc.Letters;
using DonDoc.Reminders.Memory;
using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

public class ReminderRunTests
{
    /// <summary>Twelve tasks for twelve agencies, each due in 3 working days on 22/07/2025: twelve digests.</summary>
    private static (List<OpenTask> Tasks, AgencyDirectory Directory) Twelve()
    {
        var entries = Enumerable.Range(1, 12).Select(i => Entry($"a{i:00}", $"Cơ quan {i:00}", to: [$"a{i:00}@example.gov.vn"])).ToList();
        var tasks = entries.Select(e => Task($"t-{e.Key}", "2025-07-25", assignee: e.DisplayName)).ToList();
        return (tasks, new AgencyDirectory(entries, Make.Triage));
    }

    private static IEnumerable<string> Delivered(RecordingMailer mailer) => mailer.Sent.Select(m => m.To);

    [Fact]
    public async Task A_second_run_the_same_day_sends_nothing()
    {
        var h = new RunHarness(SeedTasks.Load());

        var first = await h.RunOn("2025-07-22");
        var second = await h.RunOn("2025-07-22");

        Assert.Equal(6, first.Report.SentCount);
        Assert.Equal(0, second.Report.SentCount);
        Assert.Empty(second.Report.Recipients);
        Assert.Equal(6, second.Report.AlreadySent);
        Assert.Equal(3, h.Mailer.Calls);
    }

    [Fact]
    public async Task Transient_failures_after_N_of_M_are_sent_by_the_rerun_without_duplicates()
    {
        var (tasks, directory) = Twelve();
        var h = new RunHarness(tasks, planner: Planner(directory: directory));
        h.Mailer.Hook = (n, _) => n > 5 ? MailResult.Transient(4, 503, "throttled") : null;

        var first = await h.RunOn("2025-07-22");
        Assert.Equal((5, 7), (first.Report.SentCount, first.Report.FailedCount));
        Assert.True(first.Report.HasTransientFailures);

        h.Mailer.Hook = null;
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var rerun = await h.RunOn("2025-07-22");

        Assert.Equal(7, rerun.Report.SentCount);
        Assert.Equal(12, h.Mailer.Sent.Count);
        Assert.Equal(12, Delivered(h.Mailer).Distinct().Count());
    }

    [Fact]
    public async Task A_crash_between_send_and_mark_resends_that_one_digest_only_after_the_claim_expires()
    {
        var (tasks, directory) = Twelve();
        var log = new CrashingLog(new MemoryReminderLog()) { CrashOnMarkSent = 6 };
        var mailer = new RecordingMailer();
        var source = new MemoryOpenTaskSource(tasks);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 7, 22, 1, 0, 0, TimeSpan.Zero));
        var run = new ReminderRun(source, log, Planner(directory: directory), Renderer(), mailer, clock, new ReminderRunOptions { MaxParallelSends = 1 });

        // Six mails go out; the sixth is never marked because the process "dies" writing the mark.
        await Assert.ThrowsAsync<IOException>(() => run.RunAsync(D("2025-07-22"), CancellationToken.None));
        Assert.Equal(6, mailer.Sent.Count);
        log.CrashOnMarkSent = null;

        // Five minutes later (the host retries): the six unclaimed digests go; the sixth mail's claim is
        // still fresh, so it could be a run in progress: left alone, like the five marked sent.
        clock.Advance(TimeSpan.FromMinutes(5));
        var retry = await run.RunAsync(D("2025-07-22"), CancellationToken.None);
        Assert.Equal((6, 6), (retry.SentCount, retry.AlreadySent));

        // After the claim timeout, the dead run's claim counts as not sent: that digest goes again.
        clock.Advance(TimeSpan.FromMinutes(15));
        var later = await run.RunAsync(D("2025-07-22"), CancellationToken.None);
        Assert.Equal(1, later.SentCount);

        var counts = mailer.Sent.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(12, counts.Count);
        Assert.Equal(1, counts.Values.Count(c => c == 2));
        Assert.Equal(2, counts[mailer.Sent.ElementAt(5).To]);

        Assert.Equal(0, (await run.RunAsync(D("2025-07-22"), CancellationToken.None)).SentCount);
    }

    [Fact]
    public async Task A_mailer_that_throws_leaves_the_claim_to_expire_and_be_resent()
    {
        var h = new RunHarness([Task("t1", "2025-07-25")]);
        h.Mailer.Hook = (_, _) => throw new InvalidOperationException("socket closed");

        var first = await h.RunOn("2025-07-22");
        Assert.Equal(1, first.Report.FailedCount);
        Assert.True(first.Report.HasTransientFailures);
        Assert.Contains("outcome unknown", first.Report.Recipients.Single().Note);

        h.Mailer.Hook = null;
        h.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(1, (await h.RunOn("2025-07-22")).Report.SentCount);
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_and_not_retried()
    {
        var h = new RunHarness([Task("t1", "2025-07-25")]);
        h.Mailer.Hook = (_, _) => MailResult.Permanent(1, 400, "Graph 400 ErrorInvalidRecipients: bad");

        var first = await h.RunOn("2025-07-22");
        h.Mailer.Hook = null;
        h.Clock.Advance(TimeSpan.FromHours(1));
        var second = await h.RunOn("2025-07-22");

        Assert.Equal(1, first.Report.FailedCount);
        Assert.False(first.Report.HasTransientFailures);
        Assert.Empty(second.Report.Recipients);
        var record = Assert.Single(((MemoryReminderLog)h.Log).Records);
        Assert.Equal(ReminderStatus.FailedPermanent, record.Status);
        Assert.Contains("ErrorInvalidRecipients", record.Error);
    }

    [Fact]
    public async Task Two_runs_at_once_send_each_reminder_once()
    {
        var (tasks, directory) = Twelve();
        var log = new MemoryReminderLog();
        var mailer = new RecordingMailer();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 7, 22, 1, 0, 0, TimeSpan.Zero));
        ReminderRun NewRun() => new(new MemoryOpenTaskSource(tasks), log, Planner(directory: directory), Renderer(), mailer, clock);

        var reports = await System.Threading.Tasks.Task.WhenAll(NewRun().RunAsync(D("2025-07-22"), CancellationToken.None), NewRun().RunAsync(D("2025-07-22"), CancellationToken.None));

        Assert.Equal(12, reports.Sum(r => r.SentCount));
        Assert.Equal(12, mailer.Sent.Count);
        Assert.Equal(12, mailer.Sent.Select(m => m.To).Distinct().Count());
    }

    [Fact]
    public async Task The_dry_run_plans_and_renders_but_claims_and_sends_nothing()
    {
        var h = new RunHarness(SeedTasks.Load());

        var preview = await h.Run.PreviewAsync(D("2025-07-22"), CancellationToken.None);

        Assert.Equal(["bxd@moc.gov.vn", "totacongtac@moc.gov.vn", "vanthu@office.gov.vn"], preview.Plan.Digests.Select(d => d.To));
        Assert.Equal(3, preview.Messages.Count);
        Assert.Equal("[DonDoc] 2 nhiệm vụ sắp đến hạn, 1 quá hạn — 22/07/2025", preview.Messages[0].Subject);
        Assert.Equal(0, h.Mailer.Calls);
        Assert.Empty(((MemoryReminderLog)h.Log).Records);
        Assert.Equal(6, (await h.RunOn("2025-07-22")).Report.SentCount);
    }

    [Fact]
    public async Task Seed_digests_land_in_the_outbox_once()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dondoc-run-outbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 7, 22, 1, 0, 0, TimeSpan.Zero));
            var run = new ReminderRun(
                new MemoryOpenTaskSource(SeedTasks.Load()), new MemoryReminderLog(), Planner(), Renderer(), new OutboxMailer(dir, clock), clock);

            var first = await run.RunAsync(D("2025-07-22"), CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
            var second = await run.RunAsync(D("2025-07-22"), CancellationToken.None);

            Assert.Equal((6, 0), (first.SentCount, second.SentCount));
            var html = System.IO.Directory.GetFiles(dir, "*.html").Select(f => Path.GetFileName(f).Split('-', 3)[2]).Order(StringComparer.Ordinal);
            Assert.Equal(["bxd@moc.gov.vn-1.html", "totacongtac@moc.gov.vn-1.html", "vanthu@office.gov.vn-1.html"], html);
            Assert.Equal(3, System.IO.Directory.GetFiles(dir, "*.json").Length);
            Assert.Equal(4, System.IO.Directory.GetFiles(dir, "*.ics").Length);
        }
        finally
        {
            if (System.IO.Directory.Exists(dir))
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_day_off_reads_nothing_and_says_why()
    {
        var h = new RunHarness([Task("t1", "2025-09-02")]);

        var (report, sent) = await h.RunOn("2025-09-02");

        Assert.Empty(sent);
        Assert.Contains("Quốc khánh", report.SkipReason);
        Assert.Equal(report.SkipReason, report.Summary);
    }

    [Fact]
    public async Task The_report_lists_what_went_to_whom()
    {
        var h = new RunHarness([Task("t1", "2025-07-25"), Task("t2", null, DeadlineKind.Invalid)]);

        var (report, _) = await h.RunOn("2025-07-22");

        Assert.Equal("2025-07-22: 2 sent to 2 recipients, 0 skipped, 0 failed, 0 already sent", report.Summary);
        var bxd = report.Recipients.Single(r => r.To == "bxd@moc.gov.vn");
        Assert.Equal(("t1", "Before3@2025-07-25"), (bxd.Items.Single().Task.TaskId, bxd.Items.Single().Step.Key));
    }

    [Fact]
    public void Today_is_the_date_in_vietnam()
    {
        // 17:30 UTC on 21/07 is 00:30 on 22/07 in Hà Nội.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 7, 21, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(D("2025-07-22"), ReminderClock.Today(clock));
    }

    /// <summary>A log whose Nth MarkSent fails as if the process died there.</summary>
    private sealed class CrashingLog(IReminderLog inner) : IReminderLog
    {
        private int marks;

        public int? CrashOnMarkSent { get; set; }

        public Task<bool> TryClaimAsync(ReminderKey key, DateOnly day, DateTimeOffset now, TimeSpan claimTimeout, CancellationToken ct) =>
            inner.TryClaimAsync(key, day, now, claimTimeout, ct);

        public Task MarkSentAsync(ReminderKey key, DateTimeOffset at, CancellationToken ct) =>
            ++marks == CrashOnMarkSent ? throw new IOException("storage unreachable") : inner.MarkSentAsync(key, at, ct);

        public Task MarkFailedAsync(ReminderKey key, DateTimeOffset at, bool permanent, string error, CancellationToken ct) =>
            inner.MarkFailedAsync(key, at, permanent, error, ct);

        public Task<IReadOnlyList<ReminderRecord>> ListAsync(IReadOnlyCollection<string> taskIds, CancellationToken ct) => inner.ListAsync(taskIds, ct);
    }
}
