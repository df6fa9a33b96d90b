using System.Globalization;
using DonDoc.Ocr.Formats;
using DonDoc.Ocr.Processes;

namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Reads a PDF page by page: `pdfinfo` first (page count, sizes; locked or broken files stop here), the
/// text layer where a page has a readable one (`pdftotext -bbox-layout`, no OCR), and otherwise the page
/// rendered by `pdftoppm -r DPI -gray` and read by Tesseract. Coordinates are in inches, as Document
/// Intelligence gives them for PDFs.
/// </summary>
internal sealed class PdfPages(OcrOptions options, TesseractRunner tesseract, SemaphoreSlim pageSlots)
{
    private static readonly TimeSpan InfoTimeout = TimeSpan.FromSeconds(30);

    public async Task<OcrDocument> ReadAsync(TempFolder temp, string pdf, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct)
    {
        var info = await InfoAsync(pdf, fileName, ct).ConfigureAwait(false);
        var layer = await TextLayerAsync(pdf, info.Pages, ct).ConfigureAwait(false);
        var pages = await PageScheduler.RunAsync(info.Pages, pageSlots, async (i, token) =>
        {
            if (i < layer.Count && layer[i].IsReadable)
            {
                var p = layer[i];
                var lines = LineBuilder.Build(p.Lines, 1 / 72.0, joinGap: 0.05);
                return new OcrPage(i + 1, p.Width / 72, p.Height / 72, "inch", lines);
            }
            return await OcrPageAsync(temp, pdf, fileName, i + 1, i < info.Sizes.Count ? info.Sizes[i] : null, token).ConfigureAwait(false);
        }, progress, ct).ConfigureAwait(false);
        return new OcrDocument(options.TesseractName, pages);
    }

    private async Task<PdfInfo> InfoAsync(string pdf, string fileName, CancellationToken ct)
    {
        var result = await RunAsync("pdfinfo", ["-f", "1", "-l", options.MaxPages.ToString(CultureInfo.InvariantCulture), pdf], InfoTimeout, fileName, 0, ct).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw PdfInfo.NeedsPassword(result.StandardError)
                ? OcrErrors.Encrypted(fileName)
                : OcrErrors.Corrupt(fileName, DocumentFormat.Pdf, LastLine(result.StandardError));
        }
        var info = PdfInfo.Parse(result.StandardOutput);
        if (info is null || info.Pages == 0)
        {
            throw OcrErrors.Corrupt(fileName, DocumentFormat.Pdf, "no pages");
        }
        return info.Pages > options.MaxPages ? throw OcrErrors.TooManyPages(fileName, info.Pages, options.MaxPages) : info;
    }

    // The text layer of every page; empty when pdftotext cannot read it (then every page is OCRed).
    private async Task<IReadOnlyList<TextLayerPage>> TextLayerAsync(string pdf, int pages, CancellationToken ct)
    {
        try
        {
            var result = await ProcessRunner.RunAsync("pdftotext",
                ["-bbox-layout", "-enc", "UTF-8", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf, "-"],
                options.PageTimeout, ct).ConfigureAwait(false);
            return result.ExitCode == 0 && !result.OutputTruncated ? PdfTextLayer.Read(result.StandardOutput) : [];
        }
        catch (Exception e) when (e is ProcessFaultException or System.Xml.XmlException)
        {
            return [];
        }
    }

    private async Task<OcrPage> OcrPageAsync(TempFolder temp, string pdf, string fileName, int page, PdfPageSize? size, CancellationToken ct)
    {
        var dpi = Resolution(fileName, page, size);
        var prefix = temp.File($"page-{page}");
        var n = page.ToString(CultureInfo.InvariantCulture);
        var render = await RunAsync("pdftoppm",
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", n, "-l", n, "-singlefile", pdf, prefix],
            options.PageTimeout, fileName, page, ct).ConfigureAwait(false);
        var image = prefix + ".pgm";
        try
        {
            if (render.ExitCode != 0 || !File.Exists(image) || PgmHeader.Read(image) is not { } px)
            {
                throw OcrErrors.Corrupt(fileName, DocumentFormat.Pdf, $"page {page}: {LastLine(render.StandardError)}");
            }
            GrayClip.ApplyToPgm(image, options.GrayClip);
            var lines = await tesseract.ReadAsync(image, null, dpi, 1.0 / dpi, page, fileName, DocumentFormat.Pdf, ct).ConfigureAwait(false);
            return new OcrPage(page, (double)px.Width / dpi, (double)px.Height / dpi, "inch", lines);
        }
        finally
        {
            File.Delete(image); // pages are large (8.7 MB at 300 dpi); do not keep them until the end
        }
    }

    // The render resolution: the configured dpi, lowered for oversized pages down to 100 dpi; beyond that the page is refused.
    private int Resolution(string fileName, int page, PdfPageSize? size)
    {
        if (size is not { } s || s.Width <= 0 || s.Height <= 0)
        {
            return options.Dpi;
        }
        var squareInches = s.Width / 72 * (s.Height / 72);
        var dpi = Math.Min(options.Dpi, (int)Math.Sqrt(options.MaxPixels / squareInches));
        if (dpi < 100)
        {
            throw OcrErrors.TooManyPixels(fileName, page, (long)(s.Width / 72 * options.Dpi), (long)(s.Height / 72 * options.Dpi), options.MaxPixels);
        }
        return dpi;
    }

    private static async Task<ProcessResult> RunAsync(string tool, string[] args, TimeSpan timeout, string fileName, int page, CancellationToken ct)
    {
        try
        {
            return await ProcessRunner.RunAsync(tool, args, timeout, ct).ConfigureAwait(false);
        }
        catch (ProcessFaultException e) when (e.Fault == ProcessFault.NotFound)
        {
            throw OcrErrors.ToolMissing(tool, "poppler-utils");
        }
        catch (ProcessFaultException)
        {
            throw OcrErrors.PageTimeout(fileName, page, timeout);
        }
    }

    private static string LastLine(string s) =>
        s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "unreadable";
}
