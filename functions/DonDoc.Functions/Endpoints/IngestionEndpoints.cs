using DonDoc.App.Composition;
using DonDoc.App.Ingestion;
using DonDoc.Storage;

namespace DonDoc.Functions.Endpoints;

/// <summary>
/// <c>IngestLetter</c> (queueTrigger on <c>letters-incoming</c>, binding name <c>message</c>) and
/// <c>ReconcileIncoming</c> (timer). Permanent failures answer 2xx — they are recorded and the file is in
/// <c>failed/</c>; transient ones answer 500 so the host retries and, in the end, poisons the message.
/// </summary>
public static class IngestionEndpoints
{
    public static void MapIngestion(this IEndpointRouteBuilder app)
    {
        app.MapPost("/IngestLetter", IngestLetter);
        app.MapPost("/ReconcileIncoming", ReconcileIncoming);
    }

    internal static async Task<IResult> IngestLetter(HttpRequest request, DonDocServices services, CancellationToken ct)
    {
        var envelope = await HostEnvelope.ReadAsync(request, ct);
        var text = envelope.Text("message");
        var dequeueCount = envelope.MetadataInt("DequeueCount");
        var e = text is null ? null : BlobCreatedEvent.Parse(text);
        if (e is null)
            return HostResponse.Ok([$"IngestLetter: ignored a message that is not a BlobCreated event ({Preview(text)})."]);
        try
        {
            var o = await services.Ingestion.IngestAsync(e, ct);
            return HostResponse.Ok([Describe(o)]);
        }
        catch (Exception x) when (x is StorageException or DonDoc.Ocr.OcrException or HttpRequestException or TimeoutException)
        {
            return HostResponse.Retry($"IngestLetter: {e.BlobName}: transient failure (attempt {dequeueCount ?? 1}), will retry: {x.Message}");
        }
    }

    internal static async Task<IResult> ReconcileIncoming(DonDocServices services, CancellationToken ct)
    {
        try
        {
            var r = await services.Reconciler.RunAsync(ct);
            var logs = new List<string> { $"ReconcileIncoming: re-queued {r.Requeued} blob(s) left in incoming; {r.Poisoned} poison message(s) drained." };
            logs.AddRange(r.Names.Take(50).Select(n => "  re-queued: " + n));
            return HostResponse.Ok(logs);
        }
        catch (StorageException x)
        {
            return HostResponse.Retry("ReconcileIncoming: storage unavailable: " + x.Message);
        }
    }

    internal static string Describe(IngestionOutcome o) => o.Status switch
    {
        IngestionStatus.Ingested => $"IngestLetter: {o.BlobName} → letter {o.Number ?? o.LetterId} with {o.TaskCount} task(s) [{o.Timings}]",
        IngestionStatus.Failed => $"IngestLetter: {o.BlobName} → failed/: {o.Reason}",
        _ => $"IngestLetter: {o.BlobName} → {o.Status}: {o.Reason ?? o.LetterId}",
    };

    private static string Preview(string? s) => s is null ? "empty" : s.Length <= 80 ? s : s[..80] + "…";
}
