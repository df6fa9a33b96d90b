using System.Text;
using System.Text.Json;
using DonDoc.App.Records;

namespace DonDoc.App.Ingestion;

/// <summary>
/// Sets a file aside in <c>failed/</c> under its own name, with <c>{name}.error.json</c> saying why in words a
/// clerk understands, then removes it from <c>incoming</c>: nothing is dropped, nothing is retried forever.
/// </summary>
public sealed class FailedFiles(DonDocStorage storage)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <param name="bytes">The file's content when already downloaded; otherwise it is copied server-side.</param>
    public async Task MoveAsync(string blobName, ReadOnlyMemory<byte>? bytes, string? hash, string reason, string? detail, CancellationToken ct)
    {
        var source = await storage.Incoming.HeadAsync(blobName, ct);
        if (bytes is { } b)
            await storage.Failed.PutAsync(blobName, b, source?.ContentType, ct: ct);
        else if (source is not null)
            await storage.Failed.CopyFromAsync(blobName, storage.Incoming.UriFor(blobName), ct);
        var error = new
        {
            file = blobName,
            reason,
            detail,
            sha256 = hash,
            failedAt = DateTimeOffset.UtcNow,
            whatToDo = "Sửa hoặc quét lại tệp rồi tải lên thư mục incoming một lần nữa.",
        };
        await storage.Failed.PutAsync(blobName + ".error.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(error, Json)), "application/json; charset=utf-8", ct: ct);
        if (source is not null)
            await storage.Incoming.DeleteAsync(blobName, ct);
    }
}
