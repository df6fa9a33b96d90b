using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableBatchTests(AzuriteFixture azurite) : FreshTableTests(azurite)
{
    [Fact]
    public async Task A_batch_of_100_inserts_lands_whole()
    {
        var pk = TableKey.Encode("5802/VPCP-CN");
        await Table.SubmitBatchAsync(Enumerable.Range(0, 100).Select(i => new TableAction(TableActionKind.Insert,
            new TableEntity(pk, $"{i:D3}") { ["Action"] = $"Nhiệm vụ {i}", ["Due"] = new DateTimeOffset(2025, 8, 15, 0, 0, 0, TimeSpan.Zero), ["N"] = (long)i })).ToList());
        var stored = await Table.QueryAsync(ODataFilter.Equal("PartitionKey", pk)).ToListAsync();
        Assert.Equal(100, stored.Count);
        Assert.Equal("Nhiệm vụ 42", stored[42].GetString("Action"));
        Assert.Equal(42L, stored[42].GetInt64("N"));
    }

    [Fact]
    public async Task Every_kind_of_action_works_in_one_batch()
    {
        var keep = await Table.InsertAsync(new TableEntity("p", "update") { ["A"] = 1, ["B"] = 1 });
        await Table.InsertAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 1 });
        await Table.InsertAsync(new TableEntity("p", "merge") { ["A"] = 1 });
        await Table.InsertAsync(new TableEntity("p", "delete"));

        await Table.SubmitBatchAsync(
        [
            new TableAction(TableActionKind.Insert, new TableEntity("p", "insert") { ["A"] = 1 }),
            new TableAction(TableActionKind.UpsertReplace, new TableEntity("p", "replace") { ["A"] = 2 }),
            new TableAction(TableActionKind.UpsertMerge, new TableEntity("p", "merge") { ["B"] = 2 }),
            new TableAction(TableActionKind.Update, new TableEntity("p", "update") { ["A"] = 2 }, keep.ETag!),
            new TableAction(TableActionKind.Delete, new TableEntity("p", "delete")),
        ]);

        var rows = (await Table.QueryAsync(ODataFilter.Equal("PartitionKey", "p")).ToListAsync()).ToDictionary(e => e.RowKey);
        Assert.Equal(["insert", "merge", "replace", "update"], rows.Keys.Order());
        Assert.Equal(["A"], rows["replace"].Properties.Keys);
        Assert.Equal((1, 2), (rows["merge"].GetInt32("A"), rows["merge"].GetInt32("B")));
        Assert.Equal((2, 1), (rows["update"].GetInt32("A"), rows["update"].GetInt32("B")));
    }

    [Fact]
    public async Task A_failing_action_fails_the_whole_batch_and_is_named()
    {
        await Table.InsertAsync(new TableEntity("p", "r3") { ["Original"] = true });
        var actions = Enumerable.Range(0, 6).Select(i => new TableAction(TableActionKind.Insert, new TableEntity("p", $"r{i}") { ["I"] = i })).ToList();

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(actions));
        Assert.Equal(409, e.Status);
        Assert.Equal("EntityAlreadyExists", e.ErrorCode);
        Assert.Equal(3, e.FailedActionIndex);
        Assert.Contains("action 3", e.Message);
        Assert.False(e.IsTransient);

        // Atomic: nothing from the batch was applied, the existing entity is untouched.
        var stored = await Table.QueryAsync(ODataFilter.Equal("PartitionKey", "p")).ToListAsync();
        var only = Assert.Single(stored);
        Assert.Equal("r3", only.RowKey);
        Assert.Equal(true, only.GetBoolean("Original"));
    }

    [Fact]
    public async Task A_stale_etag_fails_the_batch_with_412()
    {
        var v1 = await Table.InsertAsync(new TableEntity("p", "x") { ["A"] = 1 });
        await Table.UpsertAsync(new TableEntity("p", "x") { ["A"] = 2 });
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
        [
            new TableAction(TableActionKind.UpsertReplace, new TableEntity("p", "y")),
            new TableAction(TableActionKind.Update, new TableEntity("p", "x") { ["A"] = 3 }, v1.ETag!),
        ]));
        Assert.Equal(412, e.Status);
        Assert.Equal(1, e.FailedActionIndex);
        Assert.Null(await Table.GetAsync("p", "y"));
        Assert.Equal(2, (await Table.GetAsync("p", "x"))!.GetInt32("A"));
    }

    [Fact]
    public async Task Batches_outside_the_service_rules_are_refused_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitBatchAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitBatchAsync(
            Enumerable.Range(0, 101).Select(i => new TableAction(TableActionKind.Insert, new TableEntity("p", $"{i}"))).ToList()));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitBatchAsync(
            [new TableAction(TableActionKind.Insert, new TableEntity("p", "1")), new TableAction(TableActionKind.Insert, new TableEntity("q", "2"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitBatchAsync(
            [new TableAction(TableActionKind.Insert, new TableEntity("p", "1")), new TableAction(TableActionKind.Delete, new TableEntity("p", "1"))]));
    }
}
