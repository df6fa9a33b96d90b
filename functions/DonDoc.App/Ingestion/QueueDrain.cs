using DonDoc.App.Records;
using DonDoc.Storage;

namespace DonDoc.App.Ingestion;

/// <summary>
/// Handles <c>letters-incoming</c> until it is empty, the way the Functions host would: a message is deleted
/// once handled (a permanent failure is handled: it is recorded), left to reappear after a transient error, and
/// moved to the poison queue after <see cref="MaxDequeueCount"/> tries. Used by <c>dondoc ingest</c>.
/// </summary>
public sealed class QueueDrain(DonDocStorage storage, LetterIngestion ingestion)
{
    public int MaxDequeueCount { get; init; } = 5;
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>How long a transient failure waits before its message is visible again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>One handling of one message; a message retried in the same run appears once per try.</summary>
    public sealed record Item(string MessageId, IngestionOutcome? Outcome, string? Error);

    /// <summary>The last try of each message: what the run finally did with it.</summary>
    public static IReadOnlyList<Item> Final(IReadOnlyList<Item> items) =>
        [.. items.GroupBy(i => i.MessageId).Select(g => g.Last())];

    public async Task<IReadOnlyList<Item>> RunAsync(Action<Item>? progress = null, CancellationToken ct = default)
    {
        var items = new List<Item>();
        // Messages this run failed on come back after RetryDelay: wait for those, but not for messages another
        // worker holds (they may stay hidden for minutes).
        var retrying = new HashSet<string>();
        while (true)
        {
            var batch = await storage.IncomingQueue.ReceiveAsync(16, VisibilityTimeout, ct);
            if (batch.Count == 0)
            {
                if (retrying.Count == 0) break;
                await Task.Delay(RetryDelay, ct);
                continue;
            }
            foreach (var m in batch)
            {
                var item = await HandleAsync(m, ct);
                if (item.Error is not null && m.DequeueCount < MaxDequeueCount) retrying.Add(m.Id);
                else retrying.Remove(m.Id);
                items.Add(item);
                progress?.Invoke(item);
            }
        }
        return items;
    }

    private async Task<Item> HandleAsync(QueueMessage m, CancellationToken ct)
    {
        var e = BlobCreatedEvent.Parse(m.Text);
        if (e is null)
        {
            await storage.IncomingQueue.DeleteAsync(m, ct);
            return new Item(m.Id, new IngestionOutcome(IngestionStatus.Ignored, "?", Reason: "not a BlobCreated event"), null);
        }
        try
        {
            var outcome = await ingestion.IngestAsync(e, ct);
            await storage.IncomingQueue.DeleteAsync(m, ct);
            return new Item(m.Id, outcome, null);
        }
        catch (Exception x) when (x is not OperationCanceledException)
        {
            if (m.DequeueCount >= MaxDequeueCount)
            {
                await storage.PoisonQueue.SendAsync(m.Text, ct: ct);
                await storage.IncomingQueue.DeleteAsync(m, ct);
            }
            else
            {
                await storage.IncomingQueue.UpdateVisibilityAsync(m, RetryDelay, ct);
            }
            return new Item(m.Id, null, $"{e.BlobName}: {x.Message}");
        }
    }
}
