using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace DonDoc.App.Records;

/// <summary>
/// Stored letters and tasks as JSON objects (camelCase, ISO dates, Vietnamese unescaped): one shape for
/// <c>dondoc letters --json</c>, <c>dondoc tasks --json</c> and the HTTP API.
/// </summary>
public static class ListingJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonObject Letter(LetterRow l) => new()
    {
        ["letterId"] = l.LetterId,
        ["number"] = l.Number,
        ["docType"] = l.DocType,
        ["issuer"] = l.Issuer,
        ["place"] = l.Place,
        ["issuedOn"] = Date(l.IssuedOn),
        ["subject"] = l.Subject,
        ["urgency"] = l.Urgency,
        ["secrecy"] = l.Secrecy,
        ["signer"] = l.SignerName,
        ["taskCount"] = l.TaskCount,
        ["confidence"] = l.Confidence,
        ["warnings"] = l.WarningCount,
        ["source"] = l.SourceName,
        ["original"] = l.OriginalBlob,
        ["ingestedAt"] = l.IngestedAt,
    };

    /// <summary>A task with its letter's number, so a list of tasks reads on its own. MẬT letters' text is withheld.</summary>
    public static JsonObject Task(TaskRow t, bool withholdSecret = false)
    {
        var secret = withholdSecret && t.Secrecy is not null;
        return new JsonObject
        {
            ["taskId"] = t.TaskId,
            ["letterId"] = t.LetterId,
            ["ordinal"] = t.Ordinal,
            ["letterNumber"] = t.LetterNumber,
            ["letterIssuedOn"] = Date(t.LetterIssuedOn),
            ["issuer"] = t.LetterIssuer,
            ["assignee"] = t.Assignee,
            ["coordinators"] = new JsonArray([.. t.Coordinators.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["action"] = secret ? null : t.Action,
            ["due"] = Date(t.Due),
            ["deadlineKind"] = t.DeadlineKind,
            ["deadlineText"] = t.DeadlineText,
            ["status"] = t.Status,
            ["secrecy"] = t.Secrecy,
            ["closedBy"] = t.ClosedBy,
            ["closedAt"] = t.ClosedAt,
        };
    }

    public static string Line(JsonNode node) => node.ToJsonString(Options);

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}
