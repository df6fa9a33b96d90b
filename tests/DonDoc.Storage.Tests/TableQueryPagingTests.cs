using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

/// <summary>Continuation tokens: Azurite, like Azure, returns at most 1,000 entities per page.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableQueryPagingTests(AzuriteFixture azurite) : FreshTableTests(azurite)
{
    private const int Count = 2_345;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var chunk in Enumerable.Range(0, Count).Chunk(100))
            await Table.SubmitBatchAsync(chunk.Select(i => new TableAction(TableActionKind.Insert, new TableEntity("p", $"{i:D5}") { ["I"] = i })).ToList());
        await Table.InsertAsync(new TableEntity("q", "other"));
    }

    [Fact]
    public async Task A_partition_query_reads_every_page_in_key_order()
    {
        var all = await Table.QueryAsync(ODataFilter.Equal("PartitionKey", "p")).ToListAsync();
        Assert.Equal(Enumerable.Range(0, Count), all.Select(e => e.GetInt32("I")!.Value));
    }

    [Fact]
    public async Task Top_limits_the_total_across_pages()
    {
        Assert.Equal(1_500, await Table.QueryAsync(ODataFilter.Equal("PartitionKey", "p"), top: 1_500).CountAsync());
        Assert.Equal(7, await Table.QueryAsync(top: 7).CountAsync());
    }

    [Fact]
    public async Task Without_a_filter_every_entity_of_the_table_is_read() =>
        Assert.Equal(Count + 1, await Table.QueryAsync().CountAsync());

    [Fact]
    public async Task Stopping_early_does_not_read_further_pages()
    {
        var first = await Table.QueryAsync().Take(3).ToListAsync();
        Assert.Equal(["00000", "00001", "00002"], first.Select(e => e.RowKey));
    }
}
