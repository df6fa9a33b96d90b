using System.Text.Json.Nodes;

namespace DonDoc.Cli.Evaluation;

/// <summary>
/// Deadline tasks of one letter matched one to one: a found task matches a labeled one when both have the same
/// deadline kind and due date (both null for invalid or undated recurring ones), preferring the closest assignee.
/// </summary>
public sealed record TaskMatch(int Expected, int Found, int Matched, int ExpectedDates, int FoundDates, int AssigneesRight, IReadOnlyList<string> Misses)
{
    public static TaskMatch Score(JsonArray? expected, JsonArray? actual)
    {
        var e = Deadlined(expected, "deadline_kind", "deadline_text");
        var a = Deadlined(actual, "deadlineKind", "deadlineText");
        var used = new bool[a.Count];
        var matched = 0;
        var assignees = 0;
        var misses = new List<string>();
        foreach (var x in e)
        {
            var best = -1;
            var bestScore = -1.0;
            for (var i = 0; i < a.Count; i++)
            {
                if (used[i] || a[i].Kind != x.Kind || a[i].Due != x.Due)
                {
                    continue;
                }
                var s = Similarity.Ratio(x.Assignee, a[i].Assignee);
                if (s > bestScore)
                {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0)
            {
                misses.Add($"missed {x}");
                continue;
            }
            used[best] = true;
            matched++;
            assignees += bestScore >= 0.8 ? 1 : 0;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (!used[i])
            {
                misses.Add($"extra  {a[i]}");
            }
        }
        var expectedDates = e.Where(x => x.Due is not null).Select(x => x.Due!).ToList();
        var foundDates = 0;
        var pool = a.Where(x => x.Due is not null).Select(x => x.Due!).ToList();
        foreach (var d in expectedDates)
        {
            if (pool.Remove(d))
            {
                foundDates++;
            }
        }
        return new TaskMatch(e.Count, a.Count, matched, expectedDates.Count, foundDates, assignees, misses);
    }

    private static List<DeadlineTask> Deadlined(JsonArray? tasks, string kindKey, string textKey) =>
        (tasks ?? []).OfType<JsonObject>()
            .Select(t => new DeadlineTask(LetterScore.Str(t["assignee"]), LetterScore.Str(t[kindKey]), LetterScore.Str(t["deadline"]), LetterScore.Str(t[textKey])))
            .Where(t => t.Kind is not null)
            .ToList();

    private sealed record DeadlineTask(string? Assignee, string? Kind, string? Due, string? Text)
    {
        public override string ToString() => $"{Kind} {Due ?? "-"} \"{Text}\" ({Assignee})";
    }
}
