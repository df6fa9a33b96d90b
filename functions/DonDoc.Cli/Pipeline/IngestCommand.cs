using DonDoc.App.Composition;
using DonDoc.App.Ingestion;
using DonDoc.App.Settings;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc ingest</c>: handles <c>letters-incoming</c> until it is empty, as the IngestLetter function does in
/// Azure, printing one line per file and a summary. <c>--reconcile</c> first re-queues anything left in incoming.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, ["--reconcile", "--json"], []);
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        await services.Storage.EnsureCreatedAsync();
        if (a.Has("--reconcile"))
        {
            var r = await new IncomingReconciler(services.Storage, services.Clock) { Grace = TimeSpan.Zero }.RunAsync();
            await stderr.WriteLineAsync($"reconcile: re-queued {r.Requeued} file(s) left in incoming");
        }
        var drain = new QueueDrain(services.Storage, services.Ingestion);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var items = QueueDrain.Final(await drain.RunAsync(item => stdout.WriteLine(Line(item))));
        var outcomes = items.Where(i => i.Outcome is not null).Select(i => i.Outcome!).ToList();
        int Count(IngestionStatus s) => outcomes.Count(o => o.Status == s);
        await stdout.WriteLineAsync(
            $"ingested {Count(IngestionStatus.Ingested)} letter(s) with {outcomes.Sum(o => o.TaskCount)} task(s); " +
            $"{Count(IngestionStatus.KnownLetter)} copy(ies) of known letters; {Count(IngestionStatus.AlreadyIngested)} already ingested; " +
            $"{Count(IngestionStatus.Failed)} failed (see failed/); {items.Count(i => i.Error is not null)} to retry");
        var timed = outcomes.Where(o => o.Timings is not null).Select(o => o.Timings!).ToList();
        if (timed.Count > 0)
        {
            long ocr = timed.Sum(t => t.OcrMs), other = timed.Sum(t => t.DownloadMs + t.ReadMs + t.StoreMs);
            var wall = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            await stdout.WriteLineAsync(
                $"time per stage (ms, total): download {timed.Sum(t => t.DownloadMs)}, OCR {ocr}, reading {timed.Sum(t => t.ReadMs)}, storage {timed.Sum(t => t.StoreMs)}; " +
                $"all but OCR = {(ocr == 0 ? "n/a" : $"{100.0 * other / ocr:F1}%")} of OCR; {timed.Count} file(s) in {wall.TotalSeconds:F1} s = {timed.Count / wall.TotalMinutes:F1} files/min");
        }
        return items.Any(i => i.Error is not null) ? 1 : 0;
    }

    private static string Line(QueueDrain.Item item) => item.Outcome is { } o
        ? o.Status switch
        {
            IngestionStatus.Ingested => $"  ✓ {o.BlobName} → {o.Number ?? "(không số)"} [{o.LetterId}], {o.TaskCount} task(s)",
            IngestionStatus.Failed => $"  ✗ {o.BlobName} → failed/: {o.Reason}",
            _ => $"  · {o.BlobName} → {o.Status}: {o.Reason ?? o.LetterId}",
        }
        : $"  ! {item.Error}";
}
