using DonDoc.App.Records;

namespace DonDoc.App.Ingestion;

/// <summary>
/// The safety net of design §3: any blob still in <c>incoming</c> after <see cref="Grace"/> has no finished
/// ingestion (a finished one is moved out), so its event was lost or its ingestion gave up — it is queued again.
/// Messages the host gave up on (the poison queue) are reported, and their blobs are queued again too.
/// </summary>
public sealed class IncomingReconciler(DonDocStorage storage, TimeProvider clock)
{
    /// <summary>Blobs younger than this are left alone: their own event is probably being handled.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(10);

    public sealed record Report(int Requeued, int Poisoned, IReadOnlyList<string> Names);

    public async Task<Report> RunAsync(CancellationToken ct = default)
    {
        var names = new List<string>();
        var cutoff = clock.GetUtcNow() - Grace;
        await foreach (var blob in storage.Incoming.ListAsync(ct: ct))
        {
            if (blob.LastModified > cutoff) continue;
            await storage.IncomingQueue.SendAsync(BlobCreatedEvent.Create(storage.Incoming.Name, blob.Name, storage.Incoming.UriFor(blob.Name), blob.ETag, blob.Size), ct: ct);
            names.Add(blob.Name);
        }
        // Poison messages are drained: their blobs, if still in incoming, were just re-queued above.
        var poisoned = 0;
        while (await storage.PoisonQueue.ReceiveAsync(32, TimeSpan.FromMinutes(5), ct) is { Count: > 0 } batch)
        {
            foreach (var m in batch)
            {
                poisoned++;
                await storage.PoisonQueue.DeleteAsync(m, ct);
            }
        }
        return new Report(names.Count, poisoned, names);
    }
}
