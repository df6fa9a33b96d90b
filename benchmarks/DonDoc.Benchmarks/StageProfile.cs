using DonDoc.Calendar;
using DonDoc.Letters.Parsers;
using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Benchmarks;

/// <summary>
/// Times each recogniser of <c>LetterReader.Read</c> on its own (the same calls, in the same order), so a slow
/// or super-linear stage shows by name. The per-sentence recognisers are also timed over every sentence of
/// the body, because the reader itself stops reading sentences after its task cap and would hide them.
/// </summary>
internal static class StageProfile
{
    /// <summary>Each stage's CPU time per read of <paramref name="text"/>, in µs (NaN for a stage that ran away).</summary>
    public static IReadOnlyList<(string Stage, double Us)> Measure(string text, double seconds)
    {
        // The setup runs the same recognisers once; one that runs away (see --hostile-stages) is reported as absent.
        var letter = LetterText.From(text);
        var header = HeaderRegion.Find(letter);
        var number = OrDefault(() => DocumentNumberParser.Read(letter, header));
        var recipients = OrDefault(() => RecipientsParser.Read(letter, header));
        var bodyStart = recipients is { End: > 0 } ? recipients.End : header.EndOffset;
        var sentences = Paragraphs.Split(letter, bodyStart, letter.Text.Length)
            .SelectMany(p => Paragraphs.Sentences(letter, p)).ToList();
        var deadlines = new DeadlineParser(WorkingDayCalendar.Vietnam);
        var tasks = new TaskParser(deadlines);
        var issued = new DateOnly(2025, 1, 15);

        var stages = new (string Name, Action Run)[]
        {
            ("LetterText.From", () => LetterText.From(text)),
            ("HeaderRegion", () => HeaderRegion.Find(letter)),
            ("WebMetadata", () => WebMetadata.Read(letter)),
            ("DocumentNumber", () => DocumentNumberParser.Read(letter, header)),
            ("NewsSummary", () => NewsSummaryParser.Read(letter)),
            ("PlaceAndDate", () => PlaceAndDateParser.Read(letter, header, number)),
            ("Subject", () => SubjectParser.Read(letter, header)),
            ("Recipients", () => RecipientsParser.Read(letter, header)),
            ("Marking", () => MarkingParser.Read(letter, header, null)),
            ("Issuer", () => IssuerParser.Read(letter, header, number)),
            ("Signature", () => SignatureParser.Read(letter, bodyStart)),
            ("References", () => ReferenceParser.Read(letter, number?.Code, 0)),
            ("PlanTables", () => PlanTableParser.Read(letter, bodyStart, letter.Text.Length)),
            ("TaskParser (capped)", () => tasks.Read(letter, new TaskScope(bodyStart, letter.Text.Length, [], issued, "Quý Cơ quan"))),
            ("  paragraphs+sentences", () =>
            {
                foreach (var p in Paragraphs.Split(letter, bodyStart, letter.Text.Length))
                {
                    Paragraphs.Sentences(letter, p);
                }
            }),
            ("  deadlines, all sentences", () =>
            {
                foreach (var s in sentences)
                {
                    deadlines.Find(letter, s.Start, s.End, issued);
                }
            }),
            ("  assignees, all sentences", () =>
            {
                foreach (var s in sentences)
                {
                    AssigneeParser.Find(letter, s.Start, s.End);
                }
            }),
        };
        var result = new List<(string, double)>();
        foreach (var (name, run) in stages)
        {
            try
            {
                run();
                result.Add((name, TimingRounds.Best(() => { run(); return 1; }, seconds, rounds: 3).CpuPerRead * 1e6));
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                result.Add((name, double.NaN));
            }
        }
        return result;
    }

    /// <summary>A table of µs per KB, one column per input, and the ratio of the last column to the first.</summary>
    public static void Print(IReadOnlyList<(string Label, int Kb, IReadOnlyList<(string Stage, double Us)> Stages)> columns)
    {
        Console.WriteLine($"{"µs per KB",-28}" + string.Concat(columns.Select(c => $"{c.Label,12}")) + $"{"ratio",10}");
        for (var i = 0; i < columns[0].Stages.Count; i++)
        {
            var perKb = columns.Select(c => c.Stages[i].Us / c.Kb).ToList();
            Console.WriteLine($"{columns[0].Stages[i].Stage,-28}" + string.Concat(perKb.Select(v => double.IsNaN(v) ? $"{"ran away",12}" : $"{v,12:N2}")) + $"{perKb[^1] / perKb[0],10:N2}");
        }
        Console.WriteLine();
    }

    private static T? OrDefault<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return default;
        }
    }
}
