using System.Text.Json;

namespace DonDoc.App.Ingestion;

/// <summary>
/// The part of an Event Grid <c>Microsoft.Storage.BlobCreated</c> event that ingestion needs: which blob, in which
/// container. <c>dondoc upload</c> enqueues the same shape, so the queue carries one format locally and in Azure.
/// </summary>
public sealed record BlobCreatedEvent(string Container, string BlobName, string? Url, string? ETag, long? Size)
{
    private const string SubjectMarker = "/blobServices/default/containers/";

    /// <summary>
    /// Reads an Event Grid event (the object or a one-element array, Event Grid or CloudEvents schema) or null when
    /// the text is not one: a malformed message is a permanent failure, never a crash.
    /// </summary>
    public static BlobCreatedEvent? Parse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var e = doc.RootElement;
            if (e.ValueKind == JsonValueKind.Array)
                e = e.GetArrayLength() > 0 ? e[0] : default;
            if (e.ValueKind == JsonValueKind.String)
                return Parse(e.GetString()!);
            if (e.ValueKind != JsonValueKind.Object)
                return null;
            var subject = Str(e, "subject");
            var data = e.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var url = data.ValueKind == JsonValueKind.Object ? Str(data, "url") : null;
            var etag = data.ValueKind == JsonValueKind.Object ? Str(data, "eTag") : null;
            long? size = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("contentLength", out var l) && l.TryGetInt64(out var n) ? n : null;
            return FromSubject(subject, url, etag, size) ?? FromUrl(url, etag, size);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The event <c>dondoc upload</c> puts on the queue for a blob it just wrote.</summary>
    public static string Create(string container, string blobName, Uri url, string etag, long size) =>
        JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid().ToString(),
            eventType = "Microsoft.Storage.BlobCreated",
            subject = $"{SubjectMarker}{container}/blobs/{blobName}",
            eventTime = DateTimeOffset.UtcNow,
            dataVersion = "",
            data = new { api = "PutBlob", url = url.ToString(), eTag = etag, contentLength = size, blobType = "BlockBlob" },
        });

    private static BlobCreatedEvent? FromSubject(string? subject, string? url, string? etag, long? size)
    {
        if (subject is null) return null;
        var at = subject.IndexOf(SubjectMarker, StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = subject[(at + SubjectMarker.Length)..];
        var blobs = rest.IndexOf("/blobs/", StringComparison.Ordinal);
        if (blobs <= 0 || blobs + 7 >= rest.Length) return null;
        return new BlobCreatedEvent(rest[..blobs], rest[(blobs + 7)..], url, etag, size);
    }

    // Path-style (Azurite: /account/container/blob) and host-style (account.blob.core.windows.net/container/blob) URLs.
    private static BlobCreatedEvent? FromUrl(string? url, string? etag, long? size)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Trim('/').Split('/', 3);
        var pathStyle = uri.IsLoopback || uri.Host.Contains("azurite", StringComparison.OrdinalIgnoreCase);
        var skip = pathStyle ? 1 : 0;
        if (segments.Length < skip + 2) return null;
        var container = segments[skip];
        var name = string.Join('/', segments[(skip + 1)..]);
        return new BlobCreatedEvent(container, Uri.UnescapeDataString(name), url, etag, size);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
