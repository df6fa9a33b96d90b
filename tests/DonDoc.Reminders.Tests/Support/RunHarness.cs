using DonDoc.Reminders.Memory;
using Microsoft.Extensions.Time.Testing;

namespace DonDoc.Reminders.Tests;

/// <summary>A reminder run over memory: tasks, log, a recording mailer and a fake clock at 08:00 in Vietnam.</summary>
public sealed class RunHarness
{
    public RunHarness(IEnumerable<OpenTask> tasks, IReminderLog? log = null, ReminderPlanner? planner = null, IMailer? mailer = null)
    {
        Source = new MemoryOpenTaskSource(tasks);
        Log = log ?? new MemoryReminderLog();
        Run = new ReminderRun(Source, Log, planner ?? Make.Planner(), Make.Renderer(), mailer ?? Mailer, Clock);
    }

    public MemoryOpenTaskSource Source { get; }

    public IReminderLog Log { get; }

    public RecordingMailer Mailer { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public ReminderRun Run { get; }

    /// <summary>Runs for a day at 08:00 (UTC+7); returns the report and what it sent as sorted "to task step" lines.</summary>
    public async Task<(ReminderRunReport Report, List<string> Sent)> RunOn(string day)
    {
        var date = Make.D(day);
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
        if (Clock.GetUtcNow() < at)
        {
            Clock.SetUtcNow(at);
        }
        var report = await Run.RunAsync(date, CancellationToken.None);
        return (report, Lines(report));
    }

    public static List<string> Lines(ReminderRunReport report) =>
        [.. report.Recipients.Where(r => r.Sent > 0).SelectMany(r => r.Items.Select(i => $"{r.To} {i.Task.TaskId} {i.Step.Name}")).Order(StringComparer.Ordinal)];
}
