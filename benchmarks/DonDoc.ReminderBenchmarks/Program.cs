using System.Diagnostics;
using System.Globalization;
using DonDoc.Calendar;
using DonDoc.Reminders;
using DonDoc.Reminders.Benchmarks;

// A timed harness, not a test: it prints how long ReminderPlanner.Plan takes for N open tasks and asserts
// nothing. Usage: dotnet DonDoc.ReminderBenchmarks.dll [tasks=100000] [rounds=10]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
const int Agencies = 300;
var today = new DateOnly(2026, 2, 23); // the first working day after Tết 2026

var directory = SyntheticTasks.Directory(Agencies);
var tasks = SyntheticTasks.Tasks(count, Agencies, today);
var planner = new ReminderPlanner(WorkingDayCalendar.Vietnam, ReminderPolicy.Default, directory);

// The log of a system that has been running: what yesterday's plan sent is already in it.
var yesterday = planner.Plan(tasks, new DateOnly(2026, 2, 13));
var sent = yesterday.Digests
    .SelectMany(d => d.Items.Select(i => new ReminderKey(i.Task.TaskId, i.Step.Key, d.To)))
    .ToHashSet();

// Warm up: JIT to the optimised tier; the calendar's computed years and lookups are built once per process.
for (var i = 0; i < 3; i++)
{
    planner.Plan(tasks, today, sent);
}

// Wall time is what the budget is about; CPU time as well, because on a shared machine the wall time also
// counts the time other processes held the core.
var times = new List<double>();
var cpu = new List<double>();
var process = Process.GetCurrentProcess();
ReminderPlan plan = null!;
for (var i = 0; i < rounds; i++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    plan = planner.Plan(tasks, today, sent);
    watch.Stop();
    process.Refresh();
    times.Add(watch.Elapsed.TotalMilliseconds);
    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
}
times.Sort();
cpu.Sort();

Console.WriteLine($"tasks: {count:N0} open, {Agencies} agencies, {sent.Count:N0} reminders already in the log, today {today:yyyy-MM-dd}");
Console.WriteLine($"plan: {plan.Digests.Count:N0} digests, {plan.ItemCount:N0} reminders due, {plan.AlreadySentCount:N0} left out as already sent");
Console.WriteLine($"time per plan over {rounds} rounds: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms");
Console.WriteLine($"cpu time per plan: median {cpu[cpu.Count / 2]:F1} ms, min {cpu[0]:F1} ms");
Console.WriteLine($"budget: 1000 ms; median is {times[times.Count / 2] / 1000:P1} of it");
return 0;
