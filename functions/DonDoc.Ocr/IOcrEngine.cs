namespace DonDoc.Ocr;

/// <summary>
/// Reads the text of a scanned document (PDF, TIFF, PNG, JPEG) as pages of positioned lines.
/// </summary>
/// <remarks>
/// Contract for every engine: the format is recognised from the content, never from <c>fileName</c> (which only
/// names the file in messages); a file that cannot be read ends in an <see cref="OcrException"/> whose message
/// names the problem in words a clerk understands, and whose <see cref="OcrException.IsTransient"/> says whether
/// trying again later can help. Cancelling <c>ct</c> throws <see cref="OperationCanceledException"/>.
/// Engines are thread-safe: build once, reuse.
/// </remarks>
public interface IOcrEngine
{
    /// <summary>The engine's name as stored with its results: "tesseract" or "documentintelligence".</summary>
    string Name { get; }

    /// <summary>Reads <paramref name="content"/>; pages and lines come back in reading order.</summary>
    Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default);

    /// <summary>As <see cref="ReadAsync(ReadOnlyMemory{byte}, string, CancellationToken)"/>, reporting each page read.</summary>
    Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct = default)
        => ReadAsync(content, fileName, ct);
}
