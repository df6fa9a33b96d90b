using System.Diagnostics;
using System.Text;
using DonDoc.Ocr.Tests.Support;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>
/// Files a clerk may drop that cannot be read: each ends quickly in an <see cref="OcrException"/> whose
/// message names the problem, and leaves no temporary file behind.
/// </summary>
public sealed class BadFileTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("dondoc-ocr-test-").FullName;
    private readonly IOcrEngine _engine;

    public BadFileTests() => _engine = OcrEngines.Create(new OcrOptions { TempDirectory = _temp });

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Empty_file()
    {
        var e = await Fails([], "scan.pdf", OcrFailure.Empty);
        Assert.Contains("empty file", e.Message);
    }

    [Fact]
    public async Task Text_file_named_pdf()
    {
        var e = await Fails(Encoding.UTF8.GetBytes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VP\n"), "công văn.pdf", OcrFailure.Unsupported);
        Assert.Contains("not a PDF although named .pdf", e.Message);
        Assert.Contains("text", e.Message);
    }

    [Fact]
    public async Task Word_file_named_tiff()
    {
        var e = await Fails([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "scan.tiff", OcrFailure.Unsupported);
        Assert.Contains("zip archive", e.Message);
    }

    [Fact]
    public async Task Truncated_pdf()
    {
        var pdf = await File.ReadAllBytesAsync(Repo.Scan("502-5176-BXD-PTDT.pdf"));
        var e = await Fails(pdf[..300_000], "502.pdf", OcrFailure.Corrupt);
        Assert.Contains("damaged or truncated PDF", e.Message);
    }

    [Fact]
    public async Task Password_protected_pdf()
    {
        var e = await Fails(TestPdf.Encrypted("secret", "owner", "Cong van so 123/UBND-VP ngay 12 thang 3 nam 2024"), "locked.pdf", OcrFailure.Encrypted);
        Assert.Contains("password-protected PDF", e.Message);
    }

    [Fact]
    public async Task Pdf_locked_only_against_editing_is_read()
    {
        var pdf = TestPdf.Encrypted("", "owner", "Cong van so 123/UBND-VP ngay 12 thang 3 nam 2024");
        var doc = await _engine.ReadAsync(pdf, "owner-only.pdf");
        Assert.Contains("Cong van so 123/UBND-VP", doc.Text);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public async Task Pdf_of_300_pages()
    {
        var e = await Fails(TestPdf.EmptyPages(300), "thick.pdf", OcrFailure.TooManyPages);
        Assert.Contains("too many pages: 300, limit 50", e.Message);
    }

    [Fact]
    public async Task Png_header_claiming_20000_by_20000_pixels()
    {
        var e = await Fails(TestImage.PngHeaderOnly(20000, 20000), "huge.png", OcrFailure.TooLarge);
        Assert.Contains("image too large: 20000×20000 px", e.Message);
    }

    [Fact]
    public async Task Real_20000_by_20000_png_is_refused_before_decoding()
    {
        var png = TestImage.WhitePng(20000, 20000); // 50 MB of pixels in about 50 KB
        var clock = Stopwatch.StartNew();
        var e = await Fails(png, "bomb.png", OcrFailure.TooLarge);
        Assert.Contains("20000×20000", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "refused from the header, without decoding");
    }

    [Fact]
    public async Task Truncated_png()
    {
        // A full text page: Tesseract needs over a second for it, far past the 0.3 s allowed (the letter's short
        // second page could finish within it on a quiet machine).
        var png = await File.ReadAllBytesAsync(Repo.Scan("501-5802-VPCP-CN-1.png"));
        var e = await Fails(png[..(png.Length / 2)], "501.png", OcrFailure.Corrupt);
        Assert.Contains("damaged or truncated PNG image", e.Message);
    }

    [Fact]
    public async Task Truncated_tiff()
    {
        var tiff = await File.ReadAllBytesAsync(Repo.Scan("504-3909-BXD-PTDT.tiff"));
        var e = await Fails(tiff[..(tiff.Length / 2)], "504.tiff", OcrFailure.Corrupt);
        Assert.Contains("damaged or truncated TIFF image", e.Message);
    }

    [Fact]
    public async Task Page_that_takes_too_long_is_stopped()
    {
        var engine = OcrEngines.Create(new OcrOptions { TempDirectory = _temp, PageTimeout = TimeSpan.FromMilliseconds(300) });
        // A full text page: Tesseract needs over a second for it, far past the 0.3 s allowed (the letter's short
        // second page could finish within it on a quiet machine).
        var png = await File.ReadAllBytesAsync(Repo.Scan("501-5802-VPCP-CN-1.png"));
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<OcrException>(() => engine.ReadAsync(png, "501-1.png"));
        Assert.Equal(OcrFailure.Timeout, e.Failure);
        Assert.Contains("timed out after 0.3 s on page 1", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    private async Task<OcrException> Fails(byte[] content, string name, OcrFailure failure)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // "no hang": a hang fails the test
        var e = await Assert.ThrowsAsync<OcrException>(() => _engine.ReadAsync(content, name, guard.Token));
        Assert.Equal(failure, e.Failure);
        Assert.False(e.IsTransient);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
        return e;
    }
}
