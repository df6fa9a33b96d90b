using System.Diagnostics;
using System.Text;
using DonDoc.App.Records;
using DonDoc.Letters.Layout;
using DonDoc.Ocr;

namespace DonDoc.App.Ingestion;

/// <summary>
/// Turns a file into the text the letter reader reads: UTF-8 text files as they are, scans through OCR with the
/// result cached in <c>letters/ocr/{hash}.json</c>, so a retry or a re-read after a reader fix never pays for
/// OCR twice. OCR lines are put in reading order by <see cref="LayoutText"/>.
/// </summary>
public sealed class ScanText(DonDocStorage storage, IOcrEngine ocr)
{
    public sealed record Result(string Text, string Engine, long OcrMs, bool FromCache);

    public static string CacheBlob(string hash) => $"ocr/{hash}.json";

    /// <exception cref="OcrException">The file cannot be read (permanent) or the engine is busy (transient).</exception>
    public async Task<Result> ReadAsync(ReadOnlyMemory<byte> bytes, string fileName, string hash, CancellationToken ct)
    {
        if (IsTextFile(fileName))
            return new Result(DecodeText(bytes), "text", 0, false);

        var cached = await storage.Letters.GetAsync(CacheBlob(hash), ct);
        if (cached is not null && OcrJson.Deserialize(Encoding.UTF8.GetString(cached.Bytes)) is { } doc)
            return new Result(Compose(doc), doc.Engine, 0, true);

        var started = Stopwatch.GetTimestamp();
        var read = await ocr.ReadAsync(bytes, fileName, ct);
        var ms = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await storage.Letters.PutAsync(CacheBlob(hash), Encoding.UTF8.GetBytes(OcrJson.Serialize(read)), "application/json", ct: ct);
        return new Result(Compose(read), read.Engine, ms, false);
    }

    public static bool IsTextFile(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".txt" or ".md";

    /// <summary>OCR pages as layout pages, so header columns and the signature block are read apart.</summary>
    public static string Compose(OcrDocument doc) => LayoutText.Compose(
    [
        .. doc.Pages.Select(p => new LayoutPage(p.Number, p.Width, p.Height,
            [.. p.Lines.Select(l => new LayoutLine(p.Number, l.Text, l.X, l.Y, l.Width, l.Height, l.Confidence))])),
    ]);

    private static string DecodeText(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.Span).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new OcrException(OcrFailure.Unsupported, "Tệp văn bản không phải UTF-8 (text file is not UTF-8); hãy lưu lại dưới dạng UTF-8 hoặc gửi bản quét.");
        }
    }
}
