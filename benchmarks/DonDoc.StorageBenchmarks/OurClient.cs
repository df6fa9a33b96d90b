using System.Diagnostics;
using DonDoc.Storage;

namespace DonDoc.StorageBenchmarks;

/// <summary>The scenarios with DonDoc.Storage; the same work, warm-up included, as js/bench.mjs.</summary>
internal static class OurClient
{
    private static readonly DateTimeOffset Due = new(2025, 8, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The entity shape both sides write: a few strings, an int, a date.</summary>
    public static TableEntity Entity(string partitionKey, int i) => new(partitionKey, i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
    {
        ["Title"] = $"Xây dựng Nghị định về phát triển đô thị thông minh, mục {i}",
        ["Issuer"] = "Văn phòng Chính phủ",
        ["Assignee"] = "Bộ Xây dựng",
        ["Status"] = "open",
        ["Ordinal"] = i,
        ["Due"] = Due,
    };

    /// <summary>Runs one scenario on <paramref name="tableName"/> with a fresh account (fresh connections, as a new node process has); returns entities per second.</summary>
    public static async Task<double> RunAsync(string connectionString, string tableName, Scenario scenario, int count, int batchSize)
    {
        using var account = StorageAccount.FromConnectionString(connectionString);

        // Warm-up (not timed): connection, JIT, as the JS side does.
        var warm = await OpenAsync(account, tableName + "warm");
        for (var i = 0; i < 50; i++) await warm.UpsertAsync(Entity("warm", i));
        await warm.SubmitBatchAsync(Enumerable.Range(0, batchSize).Select(i => new TableAction(TableActionKind.UpsertReplace, Entity("warmb", i))).ToList());
        await foreach (var _ in warm.QueryAsync(ODataFilter.Equal("PartitionKey", "warmb"))) { }

        var table = await OpenAsync(account, tableName);
        var done = 0;
        var sw = Stopwatch.StartNew();
        switch (scenario)
        {
            case Scenario.Upserts:
                for (; done < count; done++) await table.UpsertAsync(Entity("one", done));
                break;
            case Scenario.Batches:
                var actions = new List<TableAction>(batchSize);
                for (var first = 0; first < count; first += batchSize)
                {
                    actions.Clear();
                    for (var i = first; i < Math.Min(first + batchSize, count); i++) actions.Add(new TableAction(TableActionKind.Insert, Entity("batch", i)));
                    await table.SubmitBatchAsync(actions);
                    done += actions.Count;
                }
                break;
            case Scenario.Query:
                await foreach (var e in table.QueryAsync(ODataFilter.Equal("PartitionKey", "batch")))
                {
                    if (e.GetInt32("Ordinal") != done) throw new InvalidOperationException($"entity {done} came back as {e.GetInt32("Ordinal")}");
                    done++;
                }
                if (done != count) throw new InvalidOperationException($"query read {done} entities, expected {count}");
                break;
        }
        return done / sw.Elapsed.TotalSeconds;
    }

    private static async Task<TableClient> OpenAsync(StorageAccount account, string name)
    {
        var table = account.Table(name);
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
