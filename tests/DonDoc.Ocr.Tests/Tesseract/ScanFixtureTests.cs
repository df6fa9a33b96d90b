using DonDoc.Ocr.Tests.Support;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>
/// Tesseract on real pixels: the committed scan fixtures (tests/scans, 200 dpi, scanner noise). A handful
/// of pages in all, to keep CI time modest.
/// </summary>
public class ScanFixtureTests
{
    private static readonly IOcrEngine Engine = OcrEngines.Create(new OcrOptions());

    // Page 1 of 5802/VPCP-CN, read once for the tests that look at it.
    private static readonly Lazy<Task<OcrDocument>> Page501 =
        new(async () => await Engine.ReadAsync(await File.ReadAllBytesAsync(Repo.Scan("501-5802-VPCP-CN-1.png")), "501-1.png"));

    [Fact]
    public async Task Png_page_reads_number_and_vietnamese_words()
    {
        var doc = await Page501.Value;

        var page = Assert.Single(doc.Pages);
        Assert.Equal(("pixel", 1653.0, 2339.0), (page.Unit, page.Width, page.Height));
        Assert.Equal("tesseract-clip85", doc.Engine); // the engine and its default grey clip
        Assert.Contains("5802/VPCP-CN", doc.Text);
        Assert.Contains("Kính gửi: Bộ trưởng Bộ Xây dựng", doc.Text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", doc.Text);
        Assert.Contains("đô thị thông minh bền vững", doc.Text);
        Assert.All(page.Lines, l => Assert.InRange(l.Confidence, 0, 1));
        Assert.All(page.Lines, l => Assert.True(l.X >= 0 && l.Y >= 0 && l.X + l.Width <= 1653 && l.Y + l.Height <= 2339));
    }

    [Fact]
    public async Task Header_columns_come_out_as_separate_lines()
    {
        // Tesseract reads "VĂN PHÒNG CHÍNH PHỦ  CỘNG HÒA XÃ HỘI…" as one line; the engine splits it at the column gap.
        var lines = (await Page501.Value).Pages[0].Lines;

        var issuer = Assert.Single(lines, l => l.Text.StartsWith("VĂN PHÒNG", StringComparison.Ordinal));
        var nation = Assert.Single(lines, l => l.Text.StartsWith("CỘNG HÒA", StringComparison.Ordinal));
        Assert.DoesNotContain("CỘNG", issuer.Text);
        Assert.True(issuer.X + issuer.Width < nation.X, "the issuer lies left of the quốc hiệu");
        Assert.InRange(Math.Abs(issuer.Y - nation.Y), 0, issuer.Height);
        var number = Assert.Single(lines, l => l.Text.Contains("5802/VPCP-CN"));
        Assert.DoesNotContain("Hà Nội", number.Text);
    }

    [Fact]
    public async Task Multi_page_tiff_reads_every_page_in_order()
    {
        var doc = await Engine.ReadAsync(await File.ReadAllBytesAsync(Repo.Scan("504-3909-BXD-PTDT.tiff")), "504.tiff");

        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        Assert.Contains("3909/BXD-PTĐT", doc.Pages[0].Lines.Select(l => l.Text).First(t => t.Contains("3909")));
        Assert.Contains("Nơi nhận", doc.Pages[1].Lines.Select(l => l.Text).First(t => t.Contains("Nơi")));
        Assert.Equal(2, doc.Text.Split('\f').Length);
    }

    [Fact]
    public async Task Image_only_pdf_is_rendered_and_read_with_page_progress()
    {
        var progress = new List<OcrProgress>();
        var doc = await Engine.ReadAsync(await File.ReadAllBytesAsync(Repo.Scan("502-5176-BXD-PTDT.pdf")), "502.pdf",
            new SyncProgress(progress.Add));

        Assert.Equal(3, doc.Pages.Count);
        Assert.All(doc.Pages, p => Assert.Equal(("inch", 8.27, 11.69), (p.Unit, Math.Round(p.Width, 2), Math.Round(p.Height, 2))));
        Assert.Contains("5176/BXD-PTĐT", doc.Text);
        Assert.Contains("Kính gửi", doc.Text);
        Assert.Equal([1, 2, 3], progress.Select(p => p.PagesDone).Order());
        Assert.All(progress, p => Assert.Equal(3, p.PageCount));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, after the test ends).</summary>
    private sealed class SyncProgress(Action<OcrProgress> report) : IProgress<OcrProgress>
    {
        private readonly Lock _lock = new();

        public void Report(OcrProgress value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
