using System.Text.Json;
using System.Text.Json.Nodes;

namespace DonDoc.Functions;

/// <summary>
/// The body the Functions host POSTs to a custom handler: <c>{"Data":{…},"Metadata":{…}}</c>. Read defensively
/// (platform-notes §1.5): metadata strings arrive JSON-quoted, numbers as strings, keys ending in "Trigger" are
/// absent, and some hosts string-encode whole objects — so any string that looks like JSON is decoded once.
/// </summary>
public sealed class HostEnvelope(JsonObject data, JsonObject metadata)
{
    public static async Task<HostEnvelope> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            root = null;
        }
        var o = root as JsonObject;
        return new HostEnvelope(Object(o, "Data"), Object(o, "Metadata"));
    }

    /// <summary>A trigger or input value by binding name, unwrapped; null when absent.</summary>
    public JsonNode? Data(string name) => Unwrap(Find(data, name));

    /// <summary>A trigger metadata value (DequeueCount, Id, …), unwrapped.</summary>
    public JsonNode? Metadata(string name) => Unwrap(Find(metadata, name));

    /// <summary>A value as text: a JSON string's content, or any other JSON as its text (a queue message may arrive parsed).</summary>
    public string? Text(string name) => Find(data, name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var n => n.ToJsonString(),
    };

    public int? MetadataInt(string name) => Metadata(name) switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var j) => j,
        _ => null,
    };

    private static JsonObject Object(JsonObject? o, string name) => Find(o, name) as JsonObject ?? Unwrap(Find(o, name)) as JsonObject ?? [];

    // The host's casing is not the same in every version: "Data" / "data", "DequeueCount" / "dequeueCount".
    private static JsonNode? Find(JsonObject? o, string name)
    {
        if (o is null) return null;
        if (o.TryGetPropertyValue(name, out var v)) return v;
        foreach (var (k, value) in o)
            if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    private static JsonNode? Unwrap(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 && s[0] is '"' or '{' or '[')
        {
            try
            {
                return JsonNode.Parse(s);
            }
            catch (JsonException)
            {
                return node;
            }
        }
        return node;
    }
}
