using DonDoc.App.Composition;
using DonDoc.App.Records;
using DonDoc.App.Settings;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc letters [--json] [--month yyyy-MM]</c> and <c>dondoc tasks [--json] [--letter ID] [--status open|done]</c>:
/// what is stored, as a table for people or JSON Lines for scripts (tasks carry their letter's number).
/// </summary>
public static class ListCommands
{
    public static async Task<int> LettersAsync(string[] args, TextWriter stdout)
    {
        var a = Args.Parse(args, ["--json"], ["--month"]);
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var n = 0;
        await foreach (var l in services.Tasks.LettersAsync(a.Value("--month")))
        {
            n++;
            await stdout.WriteLineAsync(a.Has("--json")
                ? ListingJson.Line(ListingJson.Letter(l))
                : $"{l.Number ?? "(không số)",-22} {l.IssuedOn?.ToString("dd/MM/yyyy") ?? "?",-10}  {ColumnText.Cut(l.Issuer, 32),-32}  {l.TaskCount,2} nv  {ColumnText.Cut(l.Subject, 60)}");
        }
        if (!a.Has("--json")) await stdout.WriteLineAsync($"{n} letter(s)");
        return 0;
    }

    public static async Task<int> TasksAsync(string[] args, TextWriter stdout)
    {
        var a = Args.Parse(args, ["--json"], ["--letter", "--status"]);
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var n = 0;
        await foreach (var t in services.Tasks.TasksAsync(a.Value("--letter"), a.Value("--status")))
        {
            n++;
            await stdout.WriteLineAsync(a.Has("--json")
                ? ListingJson.Line(ListingJson.Task(t))
                : $"{t.LetterNumber ?? t.LetterId,-22} #{t.Ordinal,-2} {t.Status,-5} {t.Due?.ToString("dd/MM/yyyy") ?? t.DeadlineKind ?? "-",-10}  {ColumnText.Cut(t.Assignee, 30),-30}  {ColumnText.Cut(t.Action, 70)}");
        }
        if (!a.Has("--json")) await stdout.WriteLineAsync($"{n} task(s)");
        return 0;
    }
}
