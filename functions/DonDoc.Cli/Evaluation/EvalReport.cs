using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DonDoc.Cli.Evaluation;

/// <summary>Totals of an evaluation run: one row per text kind (clean, web, ocr, seed) and one for all letters.</summary>
public sealed record EvalReport(IReadOnlyList<EvalRow> Rows, IReadOnlyList<LetterScore> Letters)
{
    public static EvalReport From(IReadOnlyList<LetterScore> letters)
    {
        var rows = letters.GroupBy(l => l.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => EvalRow.From(g.Key, [.. g])).ToList();
        rows.Add(EvalRow.From("all", letters));
        return new EvalReport(rows, letters);
    }

    public string ToText(bool verbose)
    {
        var sb = new StringBuilder();
        if (verbose)
        {
            foreach (var l in Letters)
            {
                var wrong = l.Fields.Where(f => !f.Correct).ToList();
                if (wrong.Count == 0 && l.Tasks.Misses.Count == 0)
                {
                    continue;
                }
                sb.AppendLine($"== {l.Source} ({l.Kind})");
                foreach (var f in wrong)
                {
                    sb.AppendLine($"   {f.Field,-17} expected: {f.Expected ?? "null"}");
                    sb.AppendLine($"   {"",-17} got:      {f.Actual ?? "null"}");
                }
                foreach (var m in l.Tasks.Misses)
                {
                    sb.AppendLine($"   task {m}");
                }
            }
            sb.AppendLine();
        }
        sb.AppendLine("kind     letters  fields  field-acc  dl-tasks  found  precision  recall    F1  date-recall  assignee");
        foreach (var r in Rows)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Kind,-8} {r.Letters,7} {r.Fields,7} {r.FieldAccuracy,10:0.000} {r.ExpectedTasks,9} {r.FoundTasks,6} {r.Precision,10:0.000} {r.Recall,7:0.000} {r.F1,5:0.000} {r.DateRecall,12:0.000} {r.AssigneeAccuracy,9:0.000}"));
        }
        var wrongByField = Letters.SelectMany(l => l.Fields).Where(f => !f.Correct).GroupBy(f => f.Field)
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        sb.AppendLine($"wrong fields: {string.Join(", ", wrongByField)}");
        return sb.ToString();
    }

    public string ToJson() =>
        new JsonObject
        {
            ["rows"] = new JsonArray([.. Rows.Select(r => JsonSerializer.SerializeToNode(r))]),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}

/// <summary>Scores summed over a group of letters.</summary>
public sealed record EvalRow(string Kind, int Letters, int Fields, double FieldAccuracy, int ExpectedTasks, int FoundTasks,
    double Precision, double Recall, double F1, double DateRecall, double AssigneeAccuracy)
{
    public static EvalRow From(string kind, IReadOnlyList<LetterScore> letters)
    {
        var fields = letters.Sum(l => l.Fields.Count);
        var correct = letters.Sum(l => l.Fields.Count(f => f.Correct));
        var expected = letters.Sum(l => l.Tasks.Expected);
        var found = letters.Sum(l => l.Tasks.Found);
        var matched = letters.Sum(l => l.Tasks.Matched);
        var precision = found == 0 ? (expected == 0 ? 1 : 0) : (double)matched / found;
        var recall = expected == 0 ? 1 : (double)matched / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var dates = letters.Sum(l => l.Tasks.ExpectedDates);
        var dateRecall = dates == 0 ? 1 : (double)letters.Sum(l => l.Tasks.FoundDates) / dates;
        var assignee = matched == 0 ? 1 : (double)letters.Sum(l => l.Tasks.AssigneesRight) / matched;
        return new EvalRow(kind, letters.Count, fields, fields == 0 ? 1 : (double)correct / fields, expected, found,
            precision, recall, f1, dateRecall, assignee);
    }
}
