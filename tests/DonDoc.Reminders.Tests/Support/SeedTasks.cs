using System.Text.Json;
using DonDoc.Letters;
using DonDoc.Testing;

namespace DonDoc.Reminders.Tests;

/// <summary>
/// The open tasks the five seed letters give, read from their labels (tests/seeds/*.expected.json) so the
/// scenarios do not move when the reader changes. Seed 004 is seed 000 scanned again (same number, issuer
/// and year), which ingestion recognises as the same letter, so it adds no tasks.
/// </summary>
public static class SeedTasks
{
    public static IReadOnlyList<OpenTask> Load()
    {
        var tasks = new List<OpenTask>();
        foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(RepoRoot.Find(), "tests", "seeds"), "*.expected.json").Order(StringComparer.Ordinal))
        {
            var seed = System.IO.Path.GetFileName(file)[..3];
            if (seed == "004")
            {
                continue;
            }
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var letter = new LetterSummary(
                Text(root, "number"), Date(root, "issued_on"), Text(root, "issuer"), Text(root, "subject"),
                IsSecret: root.TryGetProperty("secrecy", out var s) && s.ValueKind == JsonValueKind.String,
                ScanLink: new Uri($"https://scans.example/{seed}.pdf?sig=abc"));
            var i = 0;
            foreach (var t in root.GetProperty("tasks").EnumerateArray())
            {
                tasks.Add(new OpenTask(
                    $"{seed}-{i++}", seed, Text(t, "assignee") ?? "", Date(t, "deadline"), Kind(Text(t, "deadline_kind")),
                    Text(t, "action") ?? "", Text(t, "deadline_text") ?? "", letter));
            }
        }
        return tasks;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) => Text(e, name) is { } s ? Make.D(s) : null;

    private static DeadlineKind? Kind(string? kind) => kind is null ? null : Enum.Parse<DeadlineKind>(kind, ignoreCase: true);
}
