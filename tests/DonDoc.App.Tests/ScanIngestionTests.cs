using DonDoc.App.Ingestion;
using DonDoc.App.Records;
using DonDoc.Testing;

namespace DonDoc.App.Tests;

/// <summary>
/// The clerk's path on real pixels: scans of the five seed letters (samples/, rendered by tools/scangen and read
/// by Tesseract) become four letters — seed 004 is a news copy of 5802/VPCP-CN — and a broken file is set aside.
/// </summary>
public class ScanIngestionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Scans_of_the_five_seeds_make_four_letters_and_a_broken_pdf_ends_in_failed()
    {
        var h = new PipelineHarness(azurite.ConnectionString);
        await h.ResetAsync();
        var samples = Directory.GetFiles(PipelineHarness.Repo("samples")).Where(f => f.EndsWith(".pdf") || f.EndsWith(".tiff")).Order().ToList();
        foreach (var f in samples) await h.UploadAsync(f);

        var outcomes = (await h.DrainAsync()).Select(i => i.Outcome!).ToList();

        var numbers = outcomes.Where(o => o.Status == IngestionStatus.Ingested).Select(o => o.Number).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["382/TB-VPCP", "3909/BXD-PTĐT", "5176/BXD-PTĐT", "5802/VPCP-CN"], numbers);
        Assert.Equal("5802/VPCP-CN", Assert.Single(outcomes, o => o.Status == IngestionStatus.KnownLetter).Number);
        Assert.Single(outcomes, o => o.Status == IngestionStatus.Failed && o.BlobName.StartsWith("bi-hong"));
        Assert.Equal(4, (await h.RowsAsync(h.Services.Storage.LetterTable)).Count);
        Assert.Empty(await h.BlobsAsync(h.Services.Storage.Incoming));

        // The OCR is cached by content hash: uploading the same scan again costs no OCR and adds no rows.
        var tasks = (await h.RowsAsync(h.Services.Storage.Tasks)).Count;
        await h.UploadAsync(samples.First(f => f.Contains("382")), "gui-lai.pdf");
        var again = Assert.Single(await h.DrainAsync()).Outcome!;
        Assert.Equal(IngestionStatus.AlreadyIngested, again.Status);
        Assert.Equal(tasks, (await h.RowsAsync(h.Services.Storage.Tasks)).Count);
        Assert.Contains(await h.BlobsAsync(h.Services.Storage.Letters), b => b.StartsWith("ocr/"));
    }
}
