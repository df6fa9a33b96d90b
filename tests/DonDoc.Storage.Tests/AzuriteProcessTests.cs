using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

/// <summary>The test-support Azurite itself: restart with persistent data, and clients riding out an outage.</summary>
public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task Persistent_data_survives_stop_and_start_again_on_the_same_ports()
    {
        await using var azurite = await AzuriteProcess.StartAsync(persistent: true);
        using var account = StorageAccount.FromConnectionString(azurite.ConnectionString,
            options: new StorageOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(10) });
        var table = account.Table("Letters");
        await table.CreateIfNotExistsAsync();
        await table.InsertAsync(new TableEntity("2025-07", "382~2FTB-VPCP") { ["Issuer"] = "Văn phòng Chính phủ" });
        var container = account.Container("letters");
        await container.CreateIfNotExistsAsync();
        await container.PutAsync("a/original.pdf", "pdf"u8.ToArray());
        var connection = azurite.ConnectionString;

        azurite.Stop();
        Assert.False(azurite.IsRunning);
        var down = await Assert.ThrowsAsync<StorageException>(() => table.GetAsync("2025-07", "382~2FTB-VPCP"));
        Assert.True(down.IsTransient);

        await azurite.StartAgainAsync();
        Assert.Equal(connection, azurite.ConnectionString);
        Assert.Equal("Văn phòng Chính phủ", (await table.GetAsync("2025-07", "382~2FTB-VPCP"))!.GetString("Issuer"));
        Assert.Equal("pdf"u8.ToArray(), (await container.GetAsync("a/original.pdf"))!.Bytes);
    }

    [Fact]
    public async Task A_write_started_while_storage_is_down_completes_once_it_is_back()
    {
        await using var azurite = await AzuriteProcess.StartAsync(persistent: true);
        using var account = StorageAccount.FromConnectionString(azurite.ConnectionString,
            options: new StorageOptions { MaxAttempts = 60, BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) }); // rides out a restart of several seconds
        var table = account.Table("Ingestions");
        await table.CreateIfNotExistsAsync();

        azurite.Stop();
        var write = table.UpsertAsync(new TableEntity("ab", "abcdef") { ["Status"] = "done" });
        await Task.Delay(500);
        Assert.False(write.IsCompleted);
        await azurite.StartAgainAsync();
        await write;
        Assert.Equal("done", (await table.GetAsync("ab", "abcdef"))!.GetString("Status"));
    }

    [Fact]
    public async Task In_memory_data_is_gone_after_a_restart()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        using var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        await account.Table("Letters").CreateIfNotExistsAsync();
        azurite.Stop();
        await azurite.StartAgainAsync();
        var e = await Assert.ThrowsAsync<StorageException>(() => account.Table("Letters").GetAsync("p", "r"));
        Assert.Equal(404, e.Status);
        Assert.Equal("TableNotFound", e.ErrorCode); // a missing table throws; only a missing entity reads as null
    }

    [Fact]
    public async Task Missing_containers_and_queues_throw_rather_than_read_as_absent()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        using var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        Assert.Equal("ContainerNotFound", (await Assert.ThrowsAsync<StorageException>(() => account.Container("nope").GetAsync("a"))).ErrorCode);
        Assert.Equal(404, (await Assert.ThrowsAsync<StorageException>(() => account.Container("nope").HeadAsync("a"))).Status);
        Assert.Equal("ContainerNotFound", (await Assert.ThrowsAsync<StorageException>(() => account.Container("nope").DeleteAsync("a"))).ErrorCode);
        Assert.Equal("TableNotFound", (await Assert.ThrowsAsync<StorageException>(() => account.Table("Nope").DeleteAsync("p", "r"))).ErrorCode);
        Assert.Equal("QueueNotFound", (await Assert.ThrowsAsync<StorageException>(() => account.Queue("nope").DeleteAsync(new QueueMessage("1", "2", "", 1)))).ErrorCode);
    }

    [Fact]
    public async Task A_missing_install_says_to_run_npm_ci()
    {
        var empty = Directory.CreateTempSubdirectory("dondoc-no-node-modules-");
        try
        {
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteProcess.StartAsync(repoRoot: empty.FullName));
            Assert.Contains("npm ci", e.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
