using DonDoc.Ocr.Formats;
using DonDoc.Ocr.Processes;

namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Local OCR with the Tesseract and poppler command-line tools (Debian: tesseract-ocr, tesseract-ocr-vie,
/// poppler-utils). Checks limits from the bytes and headers first, writes the file to a private temporary
/// folder (always removed), and reads pages in parallel, one single-threaded process per page.
/// </summary>
public sealed class TesseractEngine : IOcrEngine
{
    private readonly OcrOptions _options;
    private readonly TesseractRunner _tesseract;
    private readonly PdfPages _pdf;

    // Pages being read at once across every document this engine reads (OcrOptions.Parallelism).
    private readonly SemaphoreSlim _pageSlots;

    /// <summary>Creates the engine; nothing is started until a file is read.</summary>
    public TesseractEngine(OcrOptions options)
    {
        _options = options;
        _tesseract = new TesseractRunner(options);
        _pageSlots = new SemaphoreSlim(Math.Max(1, options.Parallelism));
        _pdf = new PdfPages(options, _tesseract, _pageSlots);
    }

    /// <inheritdoc />
    public string Name => _options.TesseractName;

    /// <inheritdoc />
    public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default) =>
        ReadAsync(content, fileName, null, ct);

    /// <inheritdoc />
    public async Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        var format = OcrLimits.CheckFile(content.Span, name, _options);
        var sizes = format == DocumentFormat.Pdf ? null : OcrLimits.CheckImage(format, content.Span, name, _options);
        using var temp = TempFolder.Create(_options.TempDirectory);
        // A fixed name: the clerk's file name never reaches a command line.
        var input = temp.File(format switch
        {
            DocumentFormat.Pdf => "input.pdf",
            DocumentFormat.Png => "input.png",
            DocumentFormat.Jpeg => "input.jpg",
            _ => "input.tif",
        });
        await File.WriteAllBytesAsync(input, content, ct).ConfigureAwait(false);
        if (format == DocumentFormat.Pdf)
        {
            return await _pdf.ReadAsync(temp, input, name, progress, ct).ConfigureAwait(false);
        }
        var pages = await PageScheduler.RunAsync(sizes!.Count, _pageSlots, async (i, token) =>
        {
            if (format == DocumentFormat.Tiff && ClippedPage(content, i, sizes[i], temp) is { } pgm)
            {
                try
                {
                    var clipped = await _tesseract.ReadAsync(pgm, null, Dpi(sizes[i]), 1, i + 1, name, format, token).ConfigureAwait(false);
                    return new OcrPage(i + 1, sizes[i].Width, sizes[i].Height, "pixel", clipped);
                }
                finally
                {
                    File.Delete(pgm);
                }
            }
            int? tiffPage = sizes.Count > 1 ? i : null;
            var lines = await _tesseract.ReadAsync(input, tiffPage, null, 1, i + 1, name, format, token).ConfigureAwait(false);
            return new OcrPage(i + 1, sizes[i].Width, sizes[i].Height, "pixel", lines);
        }, progress, ct).ConfigureAwait(false);
        return new OcrDocument(Name, pages);
    }

    // A grey TIFF page decoded, its light grey cleared (GrayClip) and written as a PGM; null when clipping is off or
    // the page is not 8-bit grey in strips (then Tesseract reads the TIFF as it is).
    private string? ClippedPage(ReadOnlyMemory<byte> content, int page, ImageSize size, TempFolder temp)
    {
        if (!_options.ClipsGrey || TiffGray.ReadPage(content.Span, page, out var width, out var height) is not { } pixels
            || width != size.Width || height != size.Height)
        {
            return null;
        }
        GrayClip.Apply(pixels, _options.GrayClip);
        var path = temp.File($"page-{page + 1}.pgm");
        GrayClip.WritePgm(path, pixels, width, height);
        return path;
    }

    // The page's resolution when the TIFF states a plausible one; otherwise Tesseract estimates it.
    private static int? Dpi(ImageSize size) => size.Dpi is >= 50 and <= 2400 ? (int)Math.Round(size.Dpi) : null;
}
