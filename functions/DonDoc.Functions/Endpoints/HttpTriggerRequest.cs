using System.Text.Json.Nodes;

namespace DonDoc.Functions.Endpoints;

/// <summary>
/// The <c>req</c> value of an HTTP-triggered function in the host's envelope (platform-notes §1.6):
/// method, query and route parameters. Absent parts read as empty.
/// </summary>
public sealed record HttpTriggerRequest(string Method, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Params)
{
    public static HttpTriggerRequest From(HostEnvelope envelope)
    {
        var req = envelope.Data("req") as JsonObject;
        return new HttpTriggerRequest(
            req?["Method"]?.GetValue<string>() ?? "GET",
            Strings(req?["Query"]),
            Strings(req?["Params"]));
    }

    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    // Query values arrive as strings or, in some host versions, as arrays of strings.
    private static Dictionary<string, string> Strings(JsonNode? node)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node is JsonObject o)
            foreach (var (k, v) in o)
                d[k] = v switch
                {
                    JsonValue s when s.TryGetValue<string>(out var str) => str,
                    JsonArray a when a.Count > 0 && a[0] is JsonValue s0 && s0.TryGetValue<string>(out var first) => first,
                    null => "",
                    _ => v.ToJsonString(),
                };
        return d;
    }
}
