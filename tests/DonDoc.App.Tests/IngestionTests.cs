using System.Text;
using System.Text.Json.Nodes;
using DonDoc.App.Ingestion;
using DonDoc.App.Records;
using DonDoc.Testing;

namespace DonDoc.App.Tests;

/// <summary>Ingestion against a real Azurite: letters and tasks stored once, duplicates recognised, bad files set aside.</summary>
public class IngestionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string[] Seeds = Directory.GetFiles(PipelineHarness.Repo("tests", "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private async Task<PipelineHarness> FreshAsync()
    {
        var h = new PipelineHarness(azurite.ConnectionString);
        await h.ResetAsync();
        return h;
    }

    [Fact]
    public async Task Five_seed_letters_make_four_letters_because_seed_004_is_a_copy_of_5802_VPCP_CN()
    {
        var h = await FreshAsync();
        foreach (var seed in Seeds) await h.UploadAsync(seed);

        var items = await h.DrainAsync();

        Assert.All(items, i => Assert.Null(i.Error));
        var outcomes = items.Select(i => i.Outcome!).ToList();
        Assert.Equal(4, outcomes.Count(o => o.Status == IngestionStatus.Ingested));
        var copy = Assert.Single(outcomes, o => o.Status == IngestionStatus.KnownLetter);
        Assert.Equal("5802/VPCP-CN", copy.Number);
        Assert.StartsWith("004_", copy.BlobName);

        var letters = (await h.RowsAsync(h.Services.Storage.LetterTable)).Select(LetterRow.FromEntity).ToList();
        Assert.Equal(4, letters.Count);
        Assert.Contains(letters, l => l.Number == "5802/VPCP-CN" && l.Issuer == "Văn phòng Chính phủ");
        var expectedTasks = ExpectedTaskCount(Seeds.Where(s => !Path.GetFileName(s).StartsWith("004_")));
        Assert.Equal(expectedTasks, (await h.RowsAsync(h.Services.Storage.Tasks)).Count);
        Assert.Empty(await h.BlobsAsync(h.Services.Storage.Incoming));
        Assert.Contains(await h.BlobsAsync(h.Services.Storage.Letters), b => b.StartsWith("2024-5802-vpcp-cn-") && b.Contains("/copies/"));
    }

    [Fact]
    public async Task The_same_file_uploaded_again_adds_no_rows()
    {
        var h = await FreshAsync();
        await h.UploadAsync(Seeds[2]);
        await h.DrainAsync();
        var before = (await h.RowsAsync(h.Services.Storage.Tasks)).Count;

        await h.UploadAsync(Seeds[2], "lan-2.txt");
        var again = Assert.Single(await h.DrainAsync());

        Assert.Equal(IngestionStatus.AlreadyIngested, again.Outcome!.Status);
        Assert.Equal(before, (await h.RowsAsync(h.Services.Storage.Tasks)).Count);
        Assert.Single(await h.RowsAsync(h.Services.Storage.LetterTable));
        Assert.Empty(await h.BlobsAsync(h.Services.Storage.Incoming));
        var record = IngestionRecord.FromEntity(Assert.Single(await h.RowsAsync(h.Services.Storage.Ingestions)));
        Assert.Equal(2, record.TimesSeen);
    }

    [Theory]
    [InlineData("hong.pdf", "this is not a PDF at all, just text named .pdf")]
    [InlineData("rong.png", "")]
    public async Task A_file_that_cannot_be_read_ends_in_failed_with_a_reason_a_clerk_can_read(string name, string content)
    {
        var h = await FreshAsync();
        await h.UploadBytesAsync(name, Encoding.UTF8.GetBytes(content));

        var item = Assert.Single(await h.DrainAsync());

        Assert.Equal(IngestionStatus.Failed, item.Outcome!.Status);
        var failed = await h.BlobsAsync(h.Services.Storage.Failed);
        Assert.Contains(name, failed);
        var error = await h.Services.Storage.Failed.GetAsync(name + ".error.json");
        var json = JsonNode.Parse(error!.Bytes)!;
        Assert.False(string.IsNullOrWhiteSpace(json["reason"]!.GetValue<string>()));
        Assert.Empty(await h.BlobsAsync(h.Services.Storage.Incoming));
        Assert.Empty(await h.RowsAsync(h.Services.Storage.LetterTable));
    }

    [Fact]
    public async Task A_blob_whose_event_was_lost_is_found_by_reconcile_and_ingested()
    {
        var h = await FreshAsync();
        await h.Services.Storage.Incoming.PutAsync("mat-su-kien.txt", await File.ReadAllBytesAsync(Seeds[1]));

        var report = await new IncomingReconciler(h.Services.Storage, TimeProvider.System) { Grace = TimeSpan.Zero }.RunAsync();
        var item = Assert.Single(await h.DrainAsync());

        Assert.Equal(1, report.Requeued);
        Assert.Equal(IngestionStatus.Ingested, item.Outcome!.Status);
        Assert.Equal("5176/BXD-PTĐT", item.Outcome.Number);
    }

    [Fact]
    public async Task Completing_a_task_takes_it_out_of_OpenTasks()
    {
        var h = await FreshAsync();
        await h.UploadAsync(Seeds[2]);
        var letterId = Assert.Single(await h.DrainAsync()).Outcome!.LetterId!;
        var open = (await h.RowsAsync(h.Services.Storage.OpenTasks)).Count;
        var tracked = (await h.RowsAsync(h.Services.Storage.Tasks)).Select(TaskRow.FromEntity).First(t => t.IsTracked);

        var result = await h.Services.Tasks.CompleteAsync(letterId, tracked.Ordinal, "chuyên viên A");
        var again = await h.Services.Tasks.CompleteAsync(letterId, tracked.Ordinal, "chuyên viên A");

        Assert.Equal(DonDoc.App.Letters.TaskBook.Completion.Done, result);
        Assert.Equal(DonDoc.App.Letters.TaskBook.Completion.AlreadyClosed, again);
        Assert.Equal(open - 1, (await h.RowsAsync(h.Services.Storage.OpenTasks)).Count);
        var task = TaskRow.FromEntity((await h.Services.Storage.Tasks.GetAsync(letterId, tracked.RowKey))!);
        Assert.Equal(("done", "chuyên viên A"), (task.Status, task.ClosedBy));
    }

    // Stored tasks are exactly the tasks the reader finds: none lost, none doubled.
    private static int ExpectedTaskCount(IEnumerable<string> seeds) =>
        seeds.Sum(s => new DonDoc.Letters.LetterReader().Read(File.ReadAllText(s)).Tasks.Count);
}
