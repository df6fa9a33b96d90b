using DonDoc.App.Composition;
using DonDoc.App.Settings;
using DonDoc.Reminders;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc remind [--today yyyy-MM-dd] [--dry-run]</c>: the SendReminders run, by hand — prints who was (or
/// would be) told about which task and why. Mail goes to the outbox locally (DONDOC_MAIL_MODE=outbox).
/// </summary>
public static class RemindCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, ["--dry-run"], ["--today"]);
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var today = a.Date("--today") ?? services.Today;
        var run = await services.Reminders.CreateRunAsync();
        if (a.Has("--dry-run"))
        {
            var preview = await run.PreviewAsync(today, CancellationToken.None);
            await stdout.WriteLineAsync(preview.Plan.SkipReason ?? $"{today:yyyy-MM-dd}: would send {preview.Messages.Count} digest(s), {preview.Plan.ItemCount} reminder(s); {preview.Plan.AlreadySentCount} already sent");
            foreach (var d in preview.Plan.Digests)
                await PrintDigestAsync(stdout, d.To, d.Cc, d.Items);
            return 0;
        }
        var report = await run.RunAsync(today, CancellationToken.None);
        await stdout.WriteLineAsync(report.Summary);
        foreach (var r in report.Recipients)
        {
            await PrintDigestAsync(stdout, r.To, [], r.Items);
            if (r.Note is not null) await stdout.WriteLineAsync($"    ! {r.Note}");
        }
        if (services.Settings.MailMode == "outbox" && report.SentCount > 0)
            await stdout.WriteLineAsync($"mail written to {Path.GetFullPath(services.Settings.OutboxDirectory)}");
        return report.FailedCount > 0 ? 1 : 0;
    }

    private static async Task PrintDigestAsync(TextWriter w, string to, IReadOnlyList<string> cc, IReadOnlyList<DigestItem> items)
    {
        await w.WriteLineAsync($"  → {to}{(cc.Count > 0 ? "  cc " + string.Join(", ", cc) : "")}");
        foreach (var i in items)
        {
            var when = i.WorkingDaysLeft switch
            {
                null => "cần kiểm tra",
                0 => "hạn hôm nay",
                > 0 and var n => $"còn {n} ngày làm việc",
                var n => $"quá hạn {-n} ngày làm việc",
            };
            var what = i.Task.Letter.IsSecret ? "(văn bản MẬT)" : ColumnText.Cut(i.Task.Action, 60);
            await w.WriteLineAsync($"     {i.Step.Key,-10} {i.Task.Letter.Number ?? i.Task.LetterId,-18} {i.Due?.ToString("dd/MM/yyyy") ?? "?",-10} {when,-24} {what}");
        }
    }
}
