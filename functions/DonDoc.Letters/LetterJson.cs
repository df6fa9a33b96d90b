using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace DonDoc.Letters;

/// <summary>Writes a <see cref="Letter"/> in the JSON contract of design §5 (camelCase, ISO dates, UTF-8 unescaped).</summary>
public static class LetterJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static string Write(Letter letter, string? source, bool pretty = false) =>
        ToNode(letter, source).ToJsonString(pretty ? Indented : Compact);

    public static JsonObject ToNode(Letter l, string? source) => new()
    {
        ["source"] = source,
        ["number"] = l.Number,
        ["docType"] = l.DocType.ToString(),
        ["issuer"] = l.Issuer,
        ["place"] = l.Place,
        ["issuedOn"] = Date(l.IssuedOn),
        ["subject"] = l.Subject,
        ["urgency"] = l.Urgency,
        ["secrecy"] = l.Secrecy,
        ["signer"] = new JsonObject { ["name"] = l.Signer.Name, ["title"] = l.Signer.Title, ["authority"] = l.Signer.Authority },
        ["recipients"] = new JsonArray([.. l.Recipients.Select(r => (JsonNode?)JsonValue.Create(r))]),
        ["references"] = new JsonArray([.. l.References.Select(r => (JsonNode?)new JsonObject { ["number"] = r.Number, ["date"] = Date(r.Date) })]),
        ["tasks"] = new JsonArray([.. l.Tasks.Select(Task)]),
        ["warnings"] = new JsonArray([.. l.Warnings.Select(w => (JsonNode?)new JsonObject { ["code"] = w.Code, ["message"] = w.Message, ["start"] = w.Start })]),
        ["confidence"] = l.Confidence,
    };

    private static JsonNode Task(LetterTask t) => new JsonObject
    {
        ["assignee"] = t.Assignee,
        ["coordinators"] = new JsonArray([.. t.Coordinators.Select(c => (JsonNode?)JsonValue.Create(c))]),
        ["action"] = t.Action,
        ["deadline"] = Date(t.Deadline?.Due),
        ["deadlineText"] = t.Deadline?.Text,
        ["deadlineKind"] = Kind(t.Deadline?.Kind),
        ["evidence"] = new JsonObject { ["page"] = t.Evidence.Page, ["start"] = t.Evidence.Start, ["length"] = t.Evidence.Length },
    };

    /// <summary>The contract's name for a kind; urgency alone ("khẩn trương") is no time limit, so null.</summary>
    public static string? Kind(DeadlineKind? kind) => kind switch
    {
        null or DeadlineKind.Urgent => null,
        _ => kind.Value.ToString().ToLowerInvariant(),
    };

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}
