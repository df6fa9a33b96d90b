using System.Globalization;
using DonDoc.Ocr.Formats;
using DonDoc.Ocr.Processes;

namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Runs `tesseract IMAGE - -l vie --psm N tsv` on one page with one thread (OMP_THREAD_LIMIT=1): measured
/// here, Tesseract's own threading is about ten times slower than one single-threaded process per core,
/// which is how <see cref="TesseractEngine"/> runs pages.
/// </summary>
internal sealed class TesseractRunner(OcrOptions options, string tool = "tesseract")
{
    private static readonly Dictionary<string, string> OneThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <param name="image">Image file (PNG, JPEG, TIFF, PGM).</param>
    /// <param name="tiffPage">0-based page of a multi-page TIFF, or null.</param>
    /// <param name="dpi">The image's resolution when known for sure (rendered PDF pages); null lets Tesseract estimate it.</param>
    /// <param name="scale">Multiplies the pixel coordinates (1/dpi for inches).</param>
    /// <param name="page">1-based page number, for messages.</param>
    /// <param name="fileName">The clerk's file name, for messages.</param>
    /// <param name="format">The file's format, for messages.</param>
    /// <param name="ct">Cancels the run and kills the process.</param>
    public async Task<IReadOnlyList<OcrLine>> ReadAsync(
        string image, int? tiffPage, int? dpi, double scale, int page, string fileName, DocumentFormat format, CancellationToken ct)
    {
        List<string> args = [image, "-", "-l", options.Languages, "--psm", options.PageSegmentation.ToString(CultureInfo.InvariantCulture)];
        if (dpi is { } d)
        {
            args.AddRange(["--dpi", d.ToString(CultureInfo.InvariantCulture)]);
        }
        if (tiffPage is { } p)
        {
            args.AddRange(["-c", $"tessedit_page_number={p.ToString(CultureInfo.InvariantCulture)}"]);
        }
        args.Add("tsv");
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(tool, args, options.PageTimeout, ct, OneThread).ConfigureAwait(false);
        }
        catch (ProcessFaultException e) when (e.Fault == ProcessFault.NotFound)
        {
            throw OcrErrors.ToolMissing("tesseract", "tesseract-ocr tesseract-ocr-vie");
        }
        catch (ProcessFaultException)
        {
            throw OcrErrors.PageTimeout(fileName, page, options.PageTimeout);
        }
        if (result.StandardError.Contains("Failed loading language", StringComparison.Ordinal))
        {
            throw OcrErrors.ToolMissing($"tesseract ({options.Languages})", "tesseract-ocr-" + options.Languages.Split('+')[0]);
        }
        if (result.ExitCode != 0 || result.OutputTruncated)
        {
            var detail = FirstLine(result.StandardError) ?? $"exit code {result.ExitCode}";
            throw result.StandardError.Contains("pixRead", StringComparison.Ordinal) || result.StandardError.Contains("cannot be read", StringComparison.Ordinal)
                ? OcrErrors.Corrupt(fileName, format, detail)
                : OcrErrors.ToolFailed(fileName, "tesseract", detail);
        }
        return TsvReader.Read(result.StandardOutput, scale);
    }

    private static string? FirstLine(string s) =>
        s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Estimating resolution", StringComparison.Ordinal) && !l.StartsWith("Detected", StringComparison.Ordinal));
}
