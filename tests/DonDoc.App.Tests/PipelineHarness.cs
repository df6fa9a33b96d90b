using DonDoc.App.Composition;
using DonDoc.App.Ingestion;
using DonDoc.App.Settings;
using DonDoc.Storage;

namespace DonDoc.App.Tests;

/// <summary>DonDoc's services against a test Azurite, with helpers that do what a clerk and the queue do.</summary>
internal sealed class PipelineHarness(string connectionString, HttpMessageHandler? storageHandler = null)
{
    public DonDocServices Services { get; } = new(
        DonDocSettings.From(n => n == "AzureWebJobsStorage" ? connectionString : null), storageHandler: storageHandler);

    public static string Repo(params string[] parts) => Path.Combine([DonDoc.Testing.RepoRoot.Find(), .. parts]);

    public async Task UploadAsync(string path, string? name = null)
    {
        name ??= Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path);
        await UploadBytesAsync(name, bytes);
    }

    public async Task UploadBytesAsync(string name, byte[] bytes)
    {
        var s = Services.Storage;
        var item = await s.Incoming.PutAsync(name, bytes);
        await s.IncomingQueue.SendAsync(BlobCreatedEvent.Create(s.Incoming.Name, name, s.Incoming.UriFor(name), item.ETag, bytes.Length));
    }

    public async Task<IReadOnlyList<QueueDrain.Item>> DrainAsync() =>
        await new QueueDrain(Services.Storage, Services.Ingestion) { RetryDelay = TimeSpan.FromMilliseconds(200) }.RunAsync();

    /// <summary>Empties every container, queue and table the pipeline uses, so each test starts from nothing.</summary>
    public async Task ResetAsync()
    {
        var s = Services.Storage;
        await s.EnsureCreatedAsync();
        foreach (var c in new[] { s.Incoming, s.Letters, s.Failed })
            foreach (var name in await BlobsAsync(c))
                await c.DeleteAsync(name);
        foreach (var q in new[] { s.IncomingQueue, s.PoisonQueue })
            while (await q.ReceiveAsync(32, TimeSpan.FromMinutes(1)) is { Count: > 0 } batch)
                foreach (var m in batch) await q.DeleteAsync(m);
        foreach (var t in new[] { s.Ingestions, s.LetterTable, s.Tasks, s.OpenTasks, s.Reminders, s.Directory })
            foreach (var e in await RowsAsync(t))
                await t.DeleteAsync(e.PartitionKey, e.RowKey);
    }

    public async Task<List<TableEntity>> RowsAsync(TableClient table)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in table.QueryAsync()) rows.Add(e);
        return rows;
    }

    public async Task<List<string>> BlobsAsync(BlobContainer container)
    {
        var names = new List<string>();
        await foreach (var b in container.ListAsync()) names.Add(b.Name);
        return names;
    }
}
