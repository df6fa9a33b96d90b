using System.Security.Cryptography;

namespace DonDoc.Ocr;

/// <summary>
/// Wraps an engine with a folder of <see cref="OcrJson"/> files keyed by the SHA-256 of the content and the
/// engine's name, so the same scan is OCRed once (re-running an evaluation after a reader change, re-reading
/// a letter). Failures are not cached. A damaged or foreign cache file counts as a miss and is rewritten.
/// </summary>
public sealed class CachingOcrEngine(IOcrEngine inner, string folder) : IOcrEngine
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default) =>
        ReadAsync(content, fileName, null, ct);

    /// <inheritdoc />
    public async Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct = default)
    {
        var path = Path.Combine(folder, $"{Convert.ToHexStringLower(SHA256.HashData(content.Span))}.{inner.Name}.ocr.json");
        if (File.Exists(path) && OcrJson.Deserialize(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false)) is { } cached)
        {
            return cached;
        }
        var document = await inner.ReadAsync(content, fileName, progress, ct).ConfigureAwait(false);
        Directory.CreateDirectory(folder);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, OcrJson.Serialize(document), ct).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true); // whole files only: a reader never sees half a document
        return document;
    }
}
