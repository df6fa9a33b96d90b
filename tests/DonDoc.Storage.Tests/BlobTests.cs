using System.Text;
using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageAccount _account = StorageAccount.FromConnectionString(azurite.ConnectionString);
    private BlobContainer _container = null!;

    public async Task InitializeAsync()
    {
        _container = _account.Container(AzuriteCollection.UniqueName("c"));
        await _container.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync()
    {
        _account.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Creating_a_container_twice_is_fine() => await _container.CreateIfNotExistsAsync();

    [Fact]
    public async Task Put_get_and_head_round_trip_bytes_type_and_vietnamese_metadata_under_a_vietnamese_name()
    {
        const string name = "2025/07/Công văn số 5802 VPCP-CN #1?.pdf";
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 giả lập");
        var metadata = new Dictionary<string, string> { ["issuer"] = "Văn phòng Chính phủ", ["number"] = "5802/VPCP-CN", ["ratio"] = "100%", ["padded"] = " x " };

        var put = await _container.PutAsync(name, bytes, "application/pdf", metadata);
        Assert.Equal(bytes.Length, put.Size);
        Assert.StartsWith("\"", put.ETag);

        var got = await _container.GetAsync(name);
        Assert.NotNull(got);
        Assert.Equal(bytes, got.Bytes);
        Assert.Equal(name, got.Item.Name);
        Assert.Equal("application/pdf", got.Item.ContentType);
        Assert.Equal(put.ETag, got.Item.ETag);
        Assert.Equal(metadata, got.Item.Metadata.ToDictionary());

        var head = await _container.HeadAsync(name);
        Assert.NotNull(head);
        Assert.Equal(bytes.Length, head.Size);
        Assert.Equal("Văn phòng Chính phủ", head.Metadata["ISSUER"]);
        Assert.InRange(head.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task Missing_blobs_read_as_null_and_delete_as_false()
    {
        Assert.Null(await _container.GetAsync("nope.pdf"));
        Assert.Null(await _container.HeadAsync("nope.pdf"));
        Assert.False(await _container.DeleteAsync("nope.pdf"));
    }

    [Fact]
    public async Task Put_without_overwrite_refuses_an_existing_blob_with_409()
    {
        await _container.PutAsync("once.json", "1"u8.ToArray(), "application/json", overwrite: false);
        var e = await Assert.ThrowsAsync<StorageException>(() => _container.PutAsync("once.json", "2"u8.ToArray(), overwrite: false));
        Assert.Equal(409, e.Status);
        Assert.Equal("BlobAlreadyExists", e.ErrorCode);
        Assert.False(e.IsTransient);
        Assert.Equal("1"u8.ToArray(), (await _container.GetAsync("once.json"))!.Bytes);

        await _container.PutAsync("once.json", "3"u8.ToArray()); // overwrite: true (default) replaces
        Assert.Equal("3"u8.ToArray(), (await _container.GetAsync("once.json"))!.Bytes);
    }

    [Fact]
    public async Task Set_metadata_replaces_all_of_it()
    {
        await _container.PutAsync("m.txt", "x"u8.ToArray(), metadata: new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        await _container.SetMetadataAsync("m.txt", new Dictionary<string, string> { ["status"] = "đã xử lý" });
        var head = await _container.HeadAsync("m.txt");
        Assert.Equal(new Dictionary<string, string> { ["status"] = "đã xử lý" }, head!.Metadata.ToDictionary());
    }

    [Fact]
    public async Task Metadata_names_must_be_identifiers() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _container.PutAsync("x", "x"u8.ToArray(), metadata: new Dictionary<string, string> { ["bad-name"] = "1" }));

    [Fact]
    public async Task List_follows_markers_across_pages_filters_by_prefix_and_carries_metadata()
    {
        for (var i = 0; i < 23; i++)
            await _container.PutAsync($"incoming/tệp {i:D2}.pdf", new byte[i], metadata: new Dictionary<string, string> { ["i"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["who"] = "Văn thư" });
        await _container.PutAsync("other/x.pdf", new byte[1]);

        var listed = await _container.ListAsync("incoming/", pageSize: 5).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"incoming/tệp {i:D2}.pdf"), listed.Select(b => b.Name));
        Assert.Equal(Enumerable.Range(0, 23).Select(i => (long)i), listed.Select(b => b.Size));
        Assert.All(listed, b => Assert.Equal("Văn thư", b.Metadata["who"]));

        var head = await _container.HeadAsync(listed[7].Name);
        Assert.Equal(head!.ETag, listed[7].ETag); // listings and headers agree on the ETag's form

        Assert.Equal(24, await _container.ListAsync().CountAsync());
        Assert.Empty(await _container.ListAsync("nothing/").ToListAsync());
    }

    [Fact]
    public async Task Copy_within_the_account_completes_and_delete_removes()
    {
        var source = _account.Container(AzuriteCollection.UniqueName("src"));
        await source.CreateIfNotExistsAsync();
        await source.PutAsync("Quyết định 12.pdf", "bản gốc"u8.ToArray(), "application/pdf", new Dictionary<string, string> { ["k"] = "v" });

        await _container.CopyFromAsync("letters/abc/original.pdf", source.UriFor("Quyết định 12.pdf"));
        var copy = await _container.GetAsync("letters/abc/original.pdf");
        Assert.Equal("bản gốc"u8.ToArray(), copy!.Bytes);
        Assert.Equal("application/pdf", copy.Item.ContentType);

        Assert.True(await source.DeleteAsync("Quyết định 12.pdf"));
        Assert.Null(await source.HeadAsync("Quyết định 12.pdf"));
        Assert.NotNull(await _container.HeadAsync("letters/abc/original.pdf"));
    }

    [Fact]
    public async Task Copy_of_a_missing_source_throws_404()
    {
        var e = await Assert.ThrowsAsync<StorageException>(() => _container.CopyFromAsync("dest", _container.UriFor("missing")));
        Assert.Equal(404, e.Status);
    }

    [Fact]
    public async Task A_lease_is_exclusive_until_released()
    {
        await _container.PutAsync("leased.pdf", "x"u8.ToArray());
        var lease = await _container.AcquireLeaseAsync("leased.pdf", TimeSpan.FromSeconds(15));
        Assert.False(string.IsNullOrEmpty(lease));
        Assert.Null(await _container.AcquireLeaseAsync("leased.pdf", TimeSpan.FromSeconds(15)));

        // Writes without the lease id fail while it is held.
        var e = await Assert.ThrowsAsync<StorageException>(() => _container.PutAsync("leased.pdf", "y"u8.ToArray()));
        Assert.Equal(412, e.Status);

        await _container.ReleaseLeaseAsync("leased.pdf", lease!);
        var again = await _container.AcquireLeaseAsync("leased.pdf", Timeout.InfiniteTimeSpan);
        Assert.NotNull(again);
        await _container.ReleaseLeaseAsync("leased.pdf", again!);
        Assert.True(await _container.DeleteAsync("leased.pdf"));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    public async Task Lease_durations_outside_the_service_range_are_refused(int seconds) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _container.AcquireLeaseAsync("x", TimeSpan.FromSeconds(seconds)));

    [Fact]
    public async Task Leasing_a_missing_blob_throws_404()
    {
        var e = await Assert.ThrowsAsync<StorageException>(() => _container.AcquireLeaseAsync("missing", TimeSpan.FromSeconds(15)));
        Assert.Equal(404, e.Status);
    }
}
