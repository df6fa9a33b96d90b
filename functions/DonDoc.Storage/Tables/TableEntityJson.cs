using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DonDoc.Storage;

/// <summary>
/// Entities as OData JSON (learn.microsoft.com/rest/api/storageservices/payload-format-for-table-service-operations).
/// Written with a type annotation for every type JSON cannot carry (Int64, Double, DateTime, Guid, Binary);
/// read with <c>odata=minimalmetadata</c>, where the service sends those annotations back, so types round-trip.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    /// <summary>
    /// Vietnamese text is written as UTF-8, not as \uXXXX escapes: the default encoder escapes every
    /// non-ASCII character, which made serializing cost 18 µs per entity and bodies a third bigger. The
    /// relaxed encoder still escapes quotes, backslashes and control characters; these bodies never go
    /// into HTML, where its relaxations would matter.
    /// </summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The entity as a JSON object: keys, then each property (null ones are skipped: storage has no null).</summary>
    public static void Write(Utf8JsonWriter w, TableEntity entity)
    {
        w.WriteStartObject();
        w.WriteString("PartitionKey", entity.PartitionKey);
        w.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            switch (value)
            {
                case string s: w.WriteString(name, s); break;
                case int i: w.WriteNumber(name, i); break;
                case bool b: w.WriteBoolean(name, b); break;
                case long l:
                    w.WriteString(name + TypeSuffix, "Edm.Int64");
                    w.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                    break;
                case double d:
                    w.WriteString(name + TypeSuffix, "Edm.Double");
                    if (double.IsFinite(d)) w.WriteNumber(name, d);
                    else w.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                    break;
                case DateTimeOffset t:
                    w.WriteString(name + TypeSuffix, "Edm.DateTime");
                    w.WriteString(name, FormatDate(t));
                    break;
                case Guid g:
                    w.WriteString(name + TypeSuffix, "Edm.Guid");
                    w.WriteString(name, g.ToString("D"));
                    break;
                case byte[] bytes:
                    w.WriteString(name + TypeSuffix, "Edm.Binary");
                    w.WriteBase64String(name, bytes);
                    break;
            }
        }
        w.WriteEndObject();
    }

    public static byte[] Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w, entity);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An entity from a JSON object of a point read or a query page.</summary>
    public static TableEntity Read(JsonElement json, string? etagHeader = null)
    {
        string pk = "", rk = "";
        string? etag = etagHeader;
        DateTimeOffset? timestamp = null;
        Dictionary<string, string>? types = null;
        foreach (var p in json.EnumerateObject())
        {
            if (p.Name.EndsWith(TypeSuffix, StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String)
                (types ??= new(StringComparer.Ordinal))[p.Name[..^TypeSuffix.Length]] = p.Value.GetString()!;
        }
        var entity = new TableEntity("", "");
        foreach (var p in json.EnumerateObject())
        {
            var name = p.Name;
            if (name == "PartitionKey") pk = p.Value.GetString() ?? "";
            else if (name == "RowKey") rk = p.Value.GetString() ?? "";
            else if (name == "Timestamp") timestamp = ParseDate(p.Value.GetString());
            else if (name == "odata.etag") etag ??= p.Value.GetString();
            else if (name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@')) continue;
            else if (ReadValue(p.Value, types?.GetValueOrDefault(name)) is { } value) entity.SetRead(name, value);
        }
        entity.PartitionKey = pk;
        entity.RowKey = rk;
        entity.ETag = etag;
        entity.Timestamp = timestamp;
        return entity;
    }

    public static string FormatDate(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static object? ReadValue(JsonElement v, string? edmType)
    {
        if (v.ValueKind == JsonValueKind.Null) return null;
        switch (edmType)
        {
            case "Edm.Int64": return v.ValueKind == JsonValueKind.String ? long.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetInt64();
            case "Edm.Int32": return v.ValueKind == JsonValueKind.String ? int.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetInt32();
            case "Edm.Double": return v.ValueKind == JsonValueKind.String ? ParseDouble(v.GetString()!) : v.GetDouble();
            case "Edm.DateTime": return ParseDate(v.GetString());
            case "Edm.Guid": return Guid.Parse(v.GetString()!);
            case "Edm.Binary": return v.GetBytesFromBase64();
            case "Edm.Boolean": return v.ValueKind == JsonValueKind.String ? bool.Parse(v.GetString()!) : v.GetBoolean();
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            // Without an annotation an integral number is Edm.Int32; anything else is Edm.Double.
            JsonValueKind.Number => v.TryGetInt32(out var i) ? (object)i : v.GetDouble(), // (object): else the int would be converted to double
            _ => v.GetRawText(),
        };
    }

    private static double ParseDouble(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" or "INF" => double.PositiveInfinity,
        "-Infinity" or "-INF" => double.NegativeInfinity,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset? ParseDate(string? s) =>
        s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
