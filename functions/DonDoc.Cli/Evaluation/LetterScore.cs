using System.Text.Json.Nodes;

namespace DonDoc.Cli.Evaluation;

/// <summary>One field's verdict: its name, what the label says, what the reader said.</summary>
public sealed record FieldResult(string Field, bool Correct, string? Expected, string? Actual);

/// <summary>
/// Scores one letter: header fields against the label (codes, dates and enums exactly; names and subjects by
/// <see cref="Similarity"/>; lists as wholes), and deadline tasks matched by kind and due date.
/// </summary>
public sealed record LetterScore(string Source, string Kind, IReadOnlyList<FieldResult> Fields, TaskMatch Tasks)
{
    public static LetterScore Score(string source, string kind, JsonObject expected, JsonObject actual)
    {
        var fields = new List<FieldResult>
        {
            Exact("number", Code(expected["number"]), Code(actual["number"]), Str(expected["number"]), Str(actual["number"])),
            Exact("doc_type", Str(expected["doc_type"]), Str(actual["docType"])),
            Text("issuer", expected["issuer"], actual["issuer"]),
            Text("place", expected["place"], actual["place"]),
            Exact("issued_on", Str(expected["issued_on"]), Str(actual["issuedOn"])),
            Text("subject", expected["subject"], actual["subject"]),
            Text("signer.name", expected["signer"]?["name"], actual["signer"]?["name"]),
            Text("signer.title", expected["signer"]?["title"], actual["signer"]?["title"]),
            Exact("signer.authority", Str(expected["signer"]?["authority"]), Str(actual["signer"]?["authority"])),
            Recipients(expected["recipients"] as JsonArray, actual["recipients"] as JsonArray),
            References(expected["references"] as JsonArray, actual["references"] as JsonArray),
        };
        foreach (var key in (string[])["urgency", "secrecy"])
        {
            if (expected.ContainsKey(key))
            {
                fields.Add(Exact(key, Str(expected[key]), Str(actual[key])));
            }
        }
        return new LetterScore(source, kind, fields, TaskMatch.Score(expected["tasks"] as JsonArray, actual["tasks"] as JsonArray));
    }

    private static FieldResult Exact(string field, string? e, string? a, string? shownE = null, string? shownA = null) =>
        new(field, string.Equals(e, a, StringComparison.Ordinal), shownE ?? e, shownA ?? a);

    private static FieldResult Text(string field, JsonNode? e, JsonNode? a) =>
        new(field, Similarity.Same(Str(e), Str(a)), Str(e), Str(a));

    private static FieldResult Recipients(JsonArray? e, JsonArray? a)
    {
        var expected = (e ?? []).Select(Str).ToList();
        var actual = (a ?? []).Select(Str).ToList();
        var ok = expected.Count == actual.Count && expected.All(x => actual.Any(y => Similarity.Same(x, y)));
        return new FieldResult("recipients", ok, string.Join(" | ", expected), string.Join(" | ", actual));
    }

    private static FieldResult References(JsonArray? e, JsonArray? a)
    {
        static string Key(JsonNode? r) => $"{Code(r?["number"])}@{Str(r?["date"])}";
        var expected = (e ?? []).Select(Key).Order().ToList();
        var actual = (a ?? []).Select(Key).Order().ToList();
        return new FieldResult("references", expected.SequenceEqual(actual), string.Join(" ", expected), string.Join(" ", actual));
    }

    public static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    // Codes compare without spaces and case; Đ and D are distinct letters, so they are kept apart.
    private static string? Code(JsonNode? n) => Str(n)?.Replace(" ", "").ToUpperInvariant();
}
