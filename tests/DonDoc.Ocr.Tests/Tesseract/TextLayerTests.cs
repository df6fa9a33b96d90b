using DonDoc.Ocr.Tests.Support;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>
/// A PDF that already has text (Fixtures/text-layer.pdf: Fixtures/text-layer.html printed by Chromium) is
/// read from its text layer with positions, not OCRed: exact text, confidence 1, inches.
/// </summary>
public class TextLayerTests
{
    [Fact]
    public async Task Text_layer_is_read_exactly_with_positions()
    {
        var engine = OcrEngines.Create(new OcrOptions());
        var doc = await engine.ReadAsync(await File.ReadAllBytesAsync(Repo.Fixture("text-layer.pdf")), "text-layer.pdf");

        var page = Assert.Single(doc.Pages);
        Assert.Equal("inch", page.Unit);
        Assert.Equal(8.26, Math.Round(page.Width, 2));
        var texts = page.Lines.Select(l => l.Text).ToList();
        // pdftotext cuts "CỘNG" into "C" "Ộ" "NG" where glyph heights differ; the pieces are joined again.
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", texts);
        Assert.Contains("Số: 5176/BXD-PTĐT", texts);
        Assert.Contains("Hà Nội, ngày 10 tháng 11 năm 2023", texts);
        Assert.Contains("Nguyễn Tường Văn", texts);
        Assert.All(page.Lines, l => Assert.Equal(1, l.Confidence));

        var issuer = page.Lines.Single(l => l.Text == "BỘ XÂY DỰNG");
        var nation = page.Lines.Single(l => l.Text.StartsWith("CỘNG HÒA", StringComparison.Ordinal));
        Assert.True(issuer.X + issuer.Width < nation.X);
        Assert.InRange(issuer.Y, 0.8, 1.2); // 64 pt from the top
    }

    [Fact]
    public async Task Nơi_nhận_and_signature_side_by_side_are_two_lines()
    {
        var engine = OcrEngines.Create(new OcrOptions());
        var doc = await engine.ReadAsync(await File.ReadAllBytesAsync(Repo.Fixture("text-layer.pdf")), "text-layer.pdf");
        var texts = doc.Pages[0].Lines.Select(l => l.Text).ToList();

        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("KT. BỘ TRƯỞNG", texts);
        Assert.Contains("- Như trên;", texts);
        Assert.Contains("THỨ TRƯỞNG", texts);
    }
}
