using System.Text;
using System.Text.Json;
using System.Xml;

namespace DonDoc.Storage;

/// <summary>Turns an error response into a <see cref="StorageException"/> carrying the service's code and message.</summary>
internal static class StorageErrors
{
    public static StorageException From(StorageRequest request, StorageResponse response)
    {
        var (code, message) = Parse(response.Body);
        code = response.Header("x-ms-error-code") ?? code;
        var text = $"{request} answered {response.Status}{(code is null ? "" : " " + code)}";
        if (!string.IsNullOrWhiteSpace(message)) text += ": " + FirstLine(message);
        return new StorageException(response.Status, code, text, StorageException.IsTransientStatus(response.Status));
    }

    /// <summary>
    /// A 404 about the item itself (blob, entity, message), not about the container, table or queue
    /// that should hold it: "absent" is an answer, a missing table is a deployment fault that must throw.
    /// </summary>
    public static bool IsItemNotFound(StorageResponse response) =>
        response.Status == 404 && (response.Header("x-ms-error-code") ?? Parse(response.Body).Code) is not ("ContainerNotFound" or "TableNotFound" or "QueueNotFound");

    /// <summary>Code and message from an XML (Blob, Queue) or OData JSON (Table) error body; nulls when there is none.</summary>
    public static (string? Code, string? Message) Parse(ReadOnlySpan<byte> body)
    {
        var start = 0;
        while (start < body.Length && (body[start] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0xEF or 0xBB or 0xBF)) start++;
        if (start >= body.Length) return (null, null);
        try
        {
            return body[start] == (byte)'{' ? ParseJson(body[start..]) : body[start] == (byte)'<' ? ParseXml(body[start..]) : (null, null);
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return (null, null); // an unreadable error body must not hide the status
        }
    }

    private static (string?, string?) ParseJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var doc = JsonDocument.ParseValue(ref reader);
        if (!doc.RootElement.TryGetProperty("odata.error", out var error) && !doc.RootElement.TryGetProperty("error", out error))
            return (null, null);
        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        string? message = null;
        if (error.TryGetProperty("message", out var m))
            message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return (code, message);
    }

    private static (string?, string?) ParseXml(ReadOnlySpan<byte> body)
    {
        using var reader = XmlReader.Create(new StringReader(Encoding.UTF8.GetString(body)), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? code = null, message = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadElementContentAsString already moves to the next node: do not Read() past it.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Code") code = reader.ReadElementContentAsString();
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Message") message = reader.ReadElementContentAsString();
            else reader.Read();
        }
        return (code, message);
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOfAny(['\r', '\n']);
        return i < 0 ? s : s[..i];
    }
}
