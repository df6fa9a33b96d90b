using System.Globalization;
using DonDoc.Calendar;
using DonDoc.Letters;

namespace DonDoc.Reminders;

/// <summary>
/// Decides who is reminded of what on a day (design §7). Pure: the same tasks, day and log give the same
/// plan; no clock, no I/O. Thread-safe; build once per directory and policy.
/// </summary>
public sealed class ReminderPlanner
{
    private readonly WorkingDayCalendar calendar;
    private readonly ReminderPolicy policy;
    private readonly AgencyDirectory directory;
    private readonly StepSchedule schedule;
    private readonly DeadlineResolver resolver;

    /// <summary>A planner for this calendar, policy and directory.</summary>
    /// <exception cref="ArgumentException">The policy is invalid (<see cref="ReminderPolicy.Validate"/>).</exception>
    public ReminderPlanner(WorkingDayCalendar calendar, ReminderPolicy policy, AgencyDirectory directory)
    {
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
        this.directory = directory ?? throw new ArgumentNullException(nameof(directory));
        schedule = new StepSchedule(policy);
        resolver = new DeadlineResolver(calendar);
    }

    /// <summary>The calendar the planner counts working days on.</summary>
    public WorkingDayCalendar Calendar => calendar;

    /// <summary>
    /// The last stated due date that can produce a reminder on <paramref name="today"/>: a task source need
    /// only return tasks due on or before it, plus tasks with no due date (they may need a check). Recurring
    /// tasks are covered too: their stored due date is the first occurrence.
    /// </summary>
    public DateOnly DueHorizon(DateOnly today) => calendar.AddWorkingDays(today, policy.LookaheadWorkingDays);

    /// <summary>
    /// The digests for <paramref name="today"/>: for each open task, the latest step that has come due and
    /// was not yet sent to that address (<paramref name="alreadySent"/>), grouped by To address. On a day off
    /// the plan is empty and says why.
    /// </summary>
    public ReminderPlan Plan(IEnumerable<OpenTask> tasks, DateOnly today, IReadOnlySet<ReminderKey>? alreadySent = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (!calendar.IsWorkingDay(today))
        {
            return new ReminderPlan(today, [], DayOffReason(today));
        }
        var sent = alreadySent ?? new HashSet<ReminderKey>();
        // Many tasks share a deadline and an assignee: place and count each date, format each step key and
        // match each name once per plan (100,000 tasks plan well under a second: docs/benchmarks.md).
        var daysLeftByDue = new Dictionary<DateOnly, int>();
        var deadlines = new Dictionary<(DateOnly?, DeadlineKind?), ResolvedDeadline>();
        var stepKeys = new Dictionary<ReminderStep, string>();
        var matches = new Dictionary<string, AgencyMatch>(StringComparer.Ordinal);
        var groups = new Dictionary<string, (string To, List<DigestItem> Items)>(StringComparer.Ordinal);
        var alreadySentCount = 0;

        foreach (var task in tasks)
        {
            ResolvedDeadline deadline;
            if (task.Kind == DeadlineKind.Recurring)
            {
                deadline = resolver.Resolve(task, today);
            }
            else if (!deadlines.TryGetValue((task.Due, task.Kind), out deadline))
            {
                // Outside recurring duties the deadline depends on the date and kind alone.
                deadline = deadlines[(task.Due, task.Kind)] = resolver.Resolve(task, today);
            }
            if (deadline.IsNone)
            {
                continue;
            }
            DigestItem? item;
            if (deadline.Triage is { } reason)
            {
                item = new DigestItem(task, new ReminderStep(StepKind.Check, 0, null), null, null, null, false, [], reason, directory.Triage);
            }
            else
            {
                var effective = deadline.EffectiveDue!.Value;
                if (!daysLeftByDue.TryGetValue(effective, out var daysLeft))
                {
                    daysLeft = daysLeftByDue[effective] = calendar.WorkingDaysBetween(today, effective);
                }
                if (schedule.Due(daysLeft, deadline.Recurring) is not { } step)
                {
                    continue;
                }
                if (!matches.TryGetValue(task.Assignee ?? "", out var match))
                {
                    match = matches[task.Assignee ?? ""] = directory.Resolve(task.Assignee);
                }
                var escalated = policy.EscalateFromOverdueDays is { } from && -daysLeft >= from && !deadline.Recurring;
                item = new DigestItem(
                    task, new ReminderStep(step.Kind, step.Number, effective), deadline.Due, effective, daysLeft,
                    escalated, escalated ? match.Entry.Escalation : [], TriageFor(match), match.Entry);
            }
            if (!stepKeys.TryGetValue(item.Step, out var stepKey))
            {
                stepKey = stepKeys[item.Step] = item.Step.Key;
            }
            foreach (var to in item.Entry.To)
            {
                var key = new ReminderKey(task.TaskId, stepKey, to);
                if (sent.Contains(key))
                {
                    alreadySentCount++;
                    continue;
                }
                if (!groups.TryGetValue(key.Recipient, out var group))
                {
                    group = groups[key.Recipient] = (to.Trim(), []);
                }
                group.Items.Add(item);
            }
        }

        var digests = groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Digest(g.Value.To, g.Value.Items));
        return new ReminderPlan(today, [.. digests], null, alreadySentCount);
    }

    private static TriageReason? TriageFor(AgencyMatch match) => match.Kind switch
    {
        AgencyMatchKind.Unknown => TriageReason.UnknownAssignee,
        AgencyMatchKind.Ambiguous => TriageReason.AmbiguousAssignee,
        _ => null,
    };

    private ReminderDigest Digest(string to, List<DigestItem> items)
    {
        // Most overdue first, then the nearest deadline; checks (no date) last; ties in a stable order.
        items.Sort((a, b) =>
        {
            var byDays = (a.WorkingDaysLeft ?? int.MaxValue).CompareTo(b.WorkingDaysLeft ?? int.MaxValue);
            if (byDays != 0)
            {
                return byDays;
            }
            var byLetter = string.CompareOrdinal(a.Task.LetterId, b.Task.LetterId);
            return byLetter != 0 ? byLetter : string.CompareOrdinal(a.Task.TaskId, b.Task.TaskId);
        });
        var isTriage = directory.Triage.To.Any(t => string.Equals(t.Trim(), to, StringComparison.OrdinalIgnoreCase));
        return ReminderDigest.For(to, items, isTriage);
    }

    private string DayOffReason(DateOnly today)
    {
        var why = calendar.HolidayOn(today)?.Name ?? (today.DayOfWeek == DayOfWeek.Saturday ? "thứ Bảy" : "Chủ nhật");
        return string.Create(CultureInfo.InvariantCulture, $"{today:yyyy-MM-dd} is not a working day ({why}); reminders go out on working days only.");
    }
}
