using DonDoc.App.Ingestion;
using DonDoc.App.Records;
using DonDoc.Testing;

namespace DonDoc.App.Tests;

/// <summary>
/// Azurite stops in the middle of an ingestion and comes back: the letter ends ingested exactly once — one
/// Letters row, its tasks once, the incoming blob gone — whichever step the outage hit.
/// </summary>
public class StorageOutageTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>
{
    /// <summary>Stops Azurite just before the Nth storage request of the ingestion.</summary>
    private sealed class StopAfter(int n, Action stop) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (Interlocked.Increment(ref count) == n) stop();
            return base.SendAsync(request, ct);
        }
    }

    [Theory]
    [InlineData(3)]   // while reading the queue message and the blob
    [InlineData(8)]   // around the ingestion record and the original's copy
    [InlineData(12)]  // among the task rows
    [InlineData(15)]  // at the Letters row
    [InlineData(17)]  // at the ingestion record, before the blob leaves incoming
    [InlineData(30)]  // after everything: nothing to redo
    public async Task An_outage_mid_ingestion_ends_in_exactly_one_letter(int stopBeforeRequest)
    {
        var seed = Directory.GetFiles(PipelineHarness.Repo("tests", "seeds"), "002_*.txt").Single();
        var setup = new PipelineHarness(azurite.ConnectionString);
        await setup.ResetAsync();
        await setup.UploadAsync(seed);

        var flaky = new PipelineHarness(azurite.ConnectionString, new StopAfter(stopBeforeRequest, azurite.Stop));
        try
        {
            await flaky.DrainAsync();
        }
        catch (Exception)
        {
            // Expected while storage is down; what matters is the state after it comes back.
        }

        if (!azurite.Azurite.IsRunning) await azurite.StartAgainAsync();
        var h = new PipelineHarness(azurite.ConnectionString);
        await new IncomingReconciler(h.Services.Storage, TimeProvider.System) { Grace = TimeSpan.Zero }.RunAsync();
        await h.DrainAsync();

        var letter = Assert.Single(await h.RowsAsync(h.Services.Storage.LetterTable));
        var expected = new DonDoc.Letters.LetterReader().Read(await File.ReadAllTextAsync(seed)).Tasks.Count;
        Assert.Equal(expected, (await h.RowsAsync(h.Services.Storage.Tasks)).Count);
        Assert.Equal("382/TB-VPCP", LetterRow.FromEntity(letter).Number);
        Assert.Empty(await h.BlobsAsync(h.Services.Storage.Incoming));
        var record = IngestionRecord.FromEntity(Assert.Single(await h.RowsAsync(h.Services.Storage.Ingestions)));
        Assert.Equal(IngestionRecord.Done, record.Status);
    }
}
