using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableTests(AzuriteFixture azurite) : FreshTableTests(azurite)
{
    [Fact]
    public async Task Creating_a_table_twice_is_fine_and_deleting_it_works()
    {
        await Table.CreateIfNotExistsAsync();
        var other = Account.Table(AzuriteCollection.UniqueName("t"));
        Assert.False(await other.DeleteTableAsync());
        await other.CreateIfNotExistsAsync();
        Assert.True(await other.DeleteTableAsync());
    }

    [Fact]
    public async Task Every_type_round_trips_through_the_service()
    {
        var e = TableEntityTests.Sample();
        var written = await Table.InsertAsync(e);
        Assert.NotNull(written.ETag);
        Assert.Null(e.ETag); // the argument is not modified

        var read = await Table.GetAsync(e.PartitionKey, e.RowKey);
        Assert.NotNull(read);
        TableEntityTests.AssertSameProperties(e, read);
        Assert.Equal(written.ETag, read.ETag);
        Assert.NotNull(read.Timestamp);

        var queried = Assert.Single(await Table.QueryAsync(ODataFilter.Equal("PartitionKey", e.PartitionKey)).ToListAsync());
        TableEntityTests.AssertSameProperties(e, queried);
        Assert.Equal(written.ETag, queried.ETag);
    }

    [Fact]
    public async Task Insert_of_an_existing_entity_is_409_EntityAlreadyExists()
    {
        await Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1 });
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 2 }));
        Assert.Equal(409, e.Status);
        Assert.Equal("EntityAlreadyExists", e.ErrorCode);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task Upsert_replace_drops_missing_properties_and_merge_keeps_them()
    {
        await Table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });
        await Table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a2" }, UpsertMode.Merge);
        var merged = await Table.GetAsync("p", "r");
        Assert.Equal(("a2", "b"), (merged!.GetString("A"), merged.GetString("B")));

        await Table.UpsertAsync(new TableEntity("p", "r") { ["C"] = 3 });
        var replaced = await Table.GetAsync("p", "r");
        Assert.Equal(["C"], replaced!.Properties.Keys);
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_412_and_with_the_current_one_succeeds()
    {
        var v1 = await Table.InsertAsync(new TableEntity("task", "1") { ["Status"] = "open" });
        var v2 = await Table.UpdateAsync(new TableEntity("task", "1") { ["Status"] = "done", ["ClosedBy"] = "Nguyễn Văn A" }, v1.ETag!);
        Assert.NotEqual(v1.ETag, v2.ETag);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.UpdateAsync(new TableEntity("task", "1") { ["Status"] = "cancelled" }, v1.ETag!));
        Assert.Equal(412, e.Status);
        Assert.Equal("UpdateConditionNotSatisfied", e.ErrorCode);

        var stored = await Table.GetAsync("task", "1");
        Assert.Equal(("done", "Nguyễn Văn A"), (stored!.GetString("Status"), stored.GetString("ClosedBy")));

        await Table.UpdateAsync(new TableEntity("task", "1") { ["Status"] = "reopened" }, "*", UpsertMode.Replace);
        var replaced = await Table.GetAsync("task", "1");
        Assert.Null(replaced!.GetString("ClosedBy"));
    }

    [Fact]
    public async Task Update_of_a_missing_entity_is_404()
    {
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.UpdateAsync(new TableEntity("p", "missing"), "*"));
        Assert.Equal(404, e.Status);
    }

    [Fact]
    public async Task Point_reads_and_deletes_of_missing_entities_are_null_and_false()
    {
        Assert.Null(await Table.GetAsync("p", "missing"));
        Assert.False(await Table.DeleteAsync("p", "missing"));
    }

    [Fact]
    public async Task Delete_honours_if_match()
    {
        var v1 = await Table.InsertAsync(new TableEntity("p", "d") { ["A"] = 1 });
        await Table.UpsertAsync(new TableEntity("p", "d") { ["A"] = 2 });
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.DeleteAsync("p", "d", v1.ETag!));
        Assert.Equal(412, e.Status);
        Assert.True(await Table.DeleteAsync("p", "d"));
        Assert.Null(await Table.GetAsync("p", "d"));
    }

    [Theory]
    [InlineData("Bộ Xây dựng", "5802/VPCP-CN")]
    [InlineData("O'Brien's \"office\"", "it's 100% #1?")]
    [InlineData("a\\b", "tab\tand\nnewline")]
    [InlineData("Văn phòng Chính phủ", "~already~")]
    public async Task Encoded_keys_with_vietnamese_slashes_and_quotes_work_everywhere(string rawPartition, string rawRow)
    {
        var pk = TableKey.Encode(rawPartition);
        var rk = TableKey.Encode(rawRow);
        var written = await Table.UpsertAsync(new TableEntity(pk, rk) { ["Raw"] = rawRow });
        var read = await Table.GetAsync(pk, rk);
        Assert.Equal(rawRow, read!.GetString("Raw"));
        Assert.Equal((rawPartition, rawRow), (TableKey.Decode(read.PartitionKey), TableKey.Decode(read.RowKey)));

        var queried = await Table.QueryAsync(ODataFilter.And(ODataFilter.Equal("PartitionKey", pk), ODataFilter.Equal("RowKey", rk))).ToListAsync();
        Assert.Equal(rk, Assert.Single(queried).RowKey);

        await Table.UpdateAsync(new TableEntity(pk, rk) { ["Seen"] = true }, written.ETag!);
        Assert.True(await Table.DeleteAsync(pk, rk));
    }

    [Theory]
    [InlineData("5802/VPCP-CN", "r")]
    [InlineData("p", "a#b")]
    [InlineData("p", "line\nbreak")]
    public async Task Raw_keys_with_forbidden_characters_are_refused_before_sending(string pk, string rk)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Table.InsertAsync(new TableEntity(pk, rk)));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.UpsertAsync(new TableEntity(pk, rk)));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.GetAsync(pk, rk));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitBatchAsync([new TableAction(TableActionKind.Insert, new TableEntity(pk, rk))]));
    }

    [Fact]
    public async Task Filters_with_single_quotes_in_values_match_exactly()
    {
        await Table.InsertAsync(new TableEntity("people", "1") { ["Name"] = "O'Brien" });
        await Table.InsertAsync(new TableEntity("people", "2") { ["Name"] = "O''Brien" });
        await Table.InsertAsync(new TableEntity("people", "3") { ["Name"] = "Brien' or Name ne '" });

        Assert.Equal("1", Assert.Single(await Table.QueryAsync(ODataFilter.Equal("Name", "O'Brien")).ToListAsync()).RowKey);
        Assert.Equal("2", Assert.Single(await Table.QueryAsync(ODataFilter.Equal("Name", "O''Brien")).ToListAsync()).RowKey);
        Assert.Equal("3", Assert.Single(await Table.QueryAsync(ODataFilter.Equal("Name", "Brien' or Name ne '")).ToListAsync()).RowKey);
    }

    [Fact]
    public async Task Typed_filters_and_select_narrow_the_result()
    {
        for (var i = 0; i < 10; i++)
            await Table.InsertAsync(new TableEntity("due", $"{i:D2}")
            {
                ["Due"] = new DateTimeOffset(2025, 8, 10 + i, 0, 0, 0, TimeSpan.Zero),
                ["Level"] = i,
                ["Size"] = (long)i << 40,
                ["Note"] = "ghi chú",
            });
        var cutoff = new DateTimeOffset(2025, 8, 15, 0, 0, 0, TimeSpan.Zero);
        var due = await Table.QueryAsync(ODataFilter.And(ODataFilter.Equal("PartitionKey", "due"), ODataFilter.LessThan("Due", cutoff)), select: ["Due"]).ToListAsync();
        Assert.Equal(["00", "01", "02", "03", "04"], due.Select(e => e.RowKey));
        Assert.All(due, e => Assert.Equal(["Due"], e.Properties.Keys));
        Assert.All(due, e => Assert.Equal("due", e.PartitionKey));

        Assert.Equal(3, await Table.QueryAsync(ODataFilter.GreaterThanOrEqual("Level", 7)).CountAsync());
        Assert.Equal(2, await Table.QueryAsync(ODataFilter.GreaterThan("Size", 7L << 40)).CountAsync());
        Assert.Equal(4, await Table.QueryAsync(ODataFilter.StartsWith("RowKey", "0"), top: 4).CountAsync());
    }
}
