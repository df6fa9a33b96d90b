using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// The action, lead body and co-operating bodies of one row of a ruling-less plan table
/// (<see cref="FlattenedTableParser"/>). When each cell sits on lines of its own, the row reads
/// [marker "a)"] action lines, the lead ("Cục …"), the co-operating bodies, then the time cell; when OCR
/// wrapped the row, its columns are mixed on every line, so only the action (the row's first cell) is kept
/// and the lead is left empty for a person to assign.
/// </summary>
internal static partial class FlattenedRow
{
    public readonly record struct Row(string Lead, IReadOnlyList<string> Coordinators, string Action);

    /// <summary>Reads the row whose lines run from <paramref name="rowStart"/> to <paramref name="cellLine"/>
    /// (the first line of its time cell); <paramref name="oneCellPerLine"/> when the time cell filled its line.</summary>
    public static Row Read(LetterText text, int rowStart, int cellLine, bool oneCellPerLine)
    {
        var lines = new List<(string Text, string Folded)>();
        for (var k = rowStart; k <= cellLine && k < text.Lines.Count; k++)
        {
            var line = text.Lines[k];
            var t = text.Original.AsSpan(line.Start, line.Length).Trim().ToString();
            if (t.Length > 0 && (k < cellLine || !oneCellPerLine))
            {
                lines.Add((t, text.Folded.AsSpan(line.Start, line.Length).Trim().ToString()));
            }
        }
        return oneCellPerLine ? CellPerLine(lines) : Wrapped(lines);
    }

    private static Row CellPerLine(List<(string Text, string Folded)> lines)
    {
        // The action starts after the last row marker ("a)", "2", or "… b)" left at the end of the cell above).
        var from = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            if (Marker().IsMatch(lines[k].Folded))
            {
                from = k + 1;
            }
        }
        var bodies = new List<int>();
        for (var k = from + 1; k < lines.Count; k++)
        {
            if (Body().IsMatch(lines[k].Folded) && char.IsUpper(lines[k].Text.TrimStart('-', ' ')[0]))
            {
                bodies.Add(k);
            }
        }
        var leadAt = bodies.Count >= 2 ? bodies[^2] : bodies.Count == 1 ? bodies[0] : lines.Count;
        var action = ActionText.From(string.Join(' ', lines.Skip(from).Take(leadAt - from).Select(l => l.Text))) ?? "";
        if (bodies.Count == 0)
        {
            return new Row("", [], action);
        }
        var lead = string.Join(' ', lines.Skip(leadAt).Take((bodies.Count >= 2 ? bodies[^1] : lines.Count) - leadAt).Select(l => l.Text));
        var coordinators = bodies.Count >= 2
            ? string.Join(' ', lines.Skip(bodies[^1]).Select(l => l.Text)).Split(';').Select(s => Spaces.Tidy(s)).Where(s => s.Length > 1).ToList()
            : [];
        return new Row(Spaces.Tidy(lead.TrimStart('-', ' ').TrimEnd('-', ' ')), coordinators, action);
    }

    private static Row Wrapped(List<(string Text, string Folded)> lines)
    {
        if (lines.Count == 0)
        {
            return new Row("", [], "");
        }
        var first = LeadingMarker().Replace(lines[0].Text, "");
        var cut = first.IndexOf('|');
        var action = cut >= 15 ? first[..cut] : first;
        return new Row("", [], ActionText.From(action.Trim(' ', '|', ':', '-')) ?? "");
    }

    [GeneratedRegex(@"^(?:[a-dđe]|\d{1,2}|[ivx]{1,4})[).]?$|\s[a-dđe]\)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:-\s*)?(?:cuc|bo|vu|so|uy\s*ban|ubnd|vien|ban|trung\s*tam|van\s*phong|tong\s*cuc|thanh\s*tra|cac|cong\s*an|dai|bao|tap\s*chi|kho\s*bac|ngan\s*hang|hoi|doan|quy|hoc\s*vien|truong|chi\s*cuc|phong|co\s*quan|don\s*vi|tap\s*doan|tong\s*cong\s*ty|cong\s*ty)\s")]
    private static partial Regex Body();

    [GeneratedRegex(@"^[\s|:.\-]*(?:\d{1,2}|[a-dđe])[).]*\s*\|?\s*")]
    private static partial Regex LeadingMarker();
}
