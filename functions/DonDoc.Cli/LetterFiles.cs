using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DonDoc.Letters.Layout;
using DonDoc.Ocr;

namespace DonDoc.Cli;

/// <summary>
/// Reads letter files from disk into the text the reader reads, with errors a clerk can understand instead
/// of exceptions. A PDF, TIFF, PNG or JPEG (recognised by its first bytes, whatever its name) is a scan and
/// goes through OCR and <see cref="LayoutText"/>; a file named like a scan goes to OCR too, which reports a
/// text file called .pdf as such; .txt and .md files (or no extension) must be UTF-8 text; other types are refused.
/// </summary>
public static class LetterFiles
{
    public const long MaxTextBytes = 8 * 1024 * 1024;

    private static readonly string[] ScanExtensions = [".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"];

    // The engine the environment configures (DONDOC_OCR_ENGINE…), with DONDOC_OCR_CACHE as an optional cache folder.
    private static readonly Lazy<IOcrEngine> EnvironmentEngine = new(() =>
    {
        var engine = OcrEngines.Create(OcrOptions.FromEnvironment());
        return Environment.GetEnvironmentVariable("DONDOC_OCR_CACHE") is { Length: > 0 } cache ? new CachingOcrEngine(engine, cache) : engine;
    });

    /// <summary>The text of a letter file, or why it cannot be read; scans use the engine the environment configures.</summary>
    public static Task<(string? Text, string? Error)> ReadTextAsync(string path) => ReadTextAsync(path, null, null, default);

    /// <summary>
    /// The text of a letter file, or why it cannot be read. Scans are read by <paramref name="ocr"/> (null: the
    /// engine the environment configures), reporting pages to <paramref name="progress"/>.
    /// </summary>
    public static async Task<(string? Text, string? Error)> ReadTextAsync(
        string path, IOcrEngine? ocr, IProgress<OcrProgress>? progress, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "không tìm thấy tệp (file not found)");
            }
            if (info.Length == 0)
            {
                return (null, "tệp rỗng (empty file)");
            }
            if (IsScan(info))
            {
                return await ReadScanAsync(info, ocr ?? EnvironmentEngine.Value, progress, ct);
            }
            var ext = info.Extension.ToLowerInvariant();
            if (ext is not (".txt" or ".md" or ".text" or ""))
            {
                return (null, $"chưa hỗ trợ đọc tệp {ext}: cần bản quét PDF, TIFF, PNG, JPEG hoặc văn bản .txt (unsupported file type {ext}: send a scan or a .txt)");
            }
            if (info.Length > MaxTextBytes)
            {
                return (null, $"tệp văn bản quá lớn: {info.Length / 1024 / 1024} MB (text file too large; limit {MaxTextBytes / 1024 / 1024} MB)");
            }
            return Decode(await File.ReadAllBytesAsync(path, ct));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"không đọc được tệp: {e.Message}");
        }
        catch (ArgumentException e) when (ocr is null)
        {
            return (null, $"OCR chưa được cấu hình đúng (OCR is misconfigured: {e.Message})");
        }
    }

    /// <summary>OCR pages as layout pages: the reader's view of a scan.</summary>
    public static string Compose(OcrDocument document) => LayoutText.Compose(
    [
        .. document.Pages.Select(p => new LayoutPage(p.Number, p.Width, p.Height,
            [.. p.Lines.Select(l => new LayoutLine(p.Number, l.Text, l.X, l.Y, l.Width, l.Height, l.Confidence))])),
    ]);

    public static string ErrorJson(string source, string error) =>
        new JsonObject { ["source"] = source, ["error"] = error }.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });

    private static async Task<(string? Text, string? Error)> ReadScanAsync(FileInfo info, IOcrEngine ocr, IProgress<OcrProgress>? progress, CancellationToken ct)
    {
        // Checked before reading: a 2 GB file must not be loaded to be refused. The engine checks its own limit again.
        var limit = new OcrOptions().MaxBytes;
        if (info.Length > limit)
        {
            return (null, string.Format(CultureInfo.InvariantCulture, "tệp quá lớn: {0:0.#} MB (file too large: {0:0.#} MB, limit {1:0} MB)",
                info.Length / 1048576.0, limit / 1048576.0));
        }
        try
        {
            var document = await ocr.ReadAsync(await File.ReadAllBytesAsync(info.FullName, ct), info.Name, progress, ct);
            return (Compose(document), null);
        }
        catch (OcrException e)
        {
            return (null, e.Message);
        }
    }

    private static bool IsScan(FileInfo info)
    {
        if (ScanExtensions.Contains(info.Extension.ToLowerInvariant()))
        {
            return true;
        }
        Span<byte> head = stackalloc byte[1024];
        using var file = info.OpenRead();
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        return head.IndexOf("%PDF-"u8) >= 0 || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
            || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);
    }

    private static (string? Text, string? Error) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            return (null, "tệp không phải văn bản (binary content in a text file)");
        }
        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "tệp không ở mã UTF-8 (text is not UTF-8)");
        }
    }
}
