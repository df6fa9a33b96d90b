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
    public static void Print(string text, string label, double seconds, bool print)
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
        var output = print ? Console.Out : TextWriter.Null;
        output.WriteLine($"stages on {label} ({text.Length / 1024} KB, {sentences.Count} body sentences): µs per read, µs per KB");
        foreach (var (name, run) in stages)
        {
            try
            {
                run();
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
            {
                output.WriteLine($"  {name,-28} regex timed out: {e.Pattern}");
                continue;
            }
            var us = TimingRounds.Best(() => { run(); return 1; }, seconds).CpuPerRead * 1e6;
            output.WriteLine($"  {name,-28} {us,12:N1} {us * 1024 / text.Length,10:N1}");
        }
        output.WriteLine();
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
