using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Finds the documents a letter cites ("Quyết định số 950/QĐ-TTg ngày 01/8/2018", "Nghị quyết số 71/NQ-CP
/// của Chính phủ ngày 01 tháng 4 năm 2025") with their dates. Codes are read as in the header (a number, a
/// slash, letters); the letter's own number, also when OCR damaged a letter of it, is not a reference.
/// </summary>
public static partial class ReferenceParser
{
    public static IReadOnlyList<Reference> Read(LetterText text, string? ownNumber, int from)
    {
        var found = new List<Reference>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var own = ownNumber is null ? null : Key(ownNumber);
        foreach (Match m in Candidate().Matches(text.Text, from))
        {
            if (DocumentNumberParser.ParseCode(text.Text.Substring(m.Index, Math.Min(80, text.Text.Length - m.Index)), m.Index) is not { Code: { } code } reading)
            {
                continue;
            }
            code = code.TrimEnd('.', ',', ';');
            var key = Key(code);
            if (key == own || !LooksCited(text, m.Index))
            {
                continue;
            }
            var date = DateAfter(text, reading.Start + reading.Length);
            if (keys.TryGetValue(key, out var at))
            {
                if (found[at].Date is null && date is not null)
                {
                    found[at] = found[at] with { Date = date };
                }
                continue;
            }
            keys[key] = found.Count;
            found.Add(new Reference(code, date));
        }
        return found;
    }

    private static string Key(string code) => Folding.Fold(code).Replace(" ", "");

    // A citation stands after "số" or a document name, or at least is followed by its date or year.
    private static bool LooksCited(LetterText text, int at)
    {
        var before = text.Folded[Math.Max(0, at - 40)..at];
        return CitedBy().IsMatch(before) || DocWord().IsMatch(before);
    }

    private static DateOnly? DateAfter(LetterText text, int at)
    {
        var m = DateLead().Match(text.Folded, at);
        if (!m.Success)
        {
            return null;
        }
        return VietnameseDates.ReadAt(text.Folded, m.Index + m.Length, allowYearless: false)?.ToDate();
    }

    [GeneratedRegex(@"(?<![\p{L}\d/.\-])\d{1,5}(?:\s?/\s?\d{4})?\s{0,2}[/\-]\s{0,2}\p{L}")]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?:\bso|\bva|,)\s*$")]
    private static partial Regex CitedBy();

    [GeneratedRegex(@"(?:quyet dinh|cong van|van ban|nghi quyet|nghi dinh|thong tu|chi thi|thong bao|ke hoach|to trinh|bao cao|ket luan|luat|quy dinh|chuong trinh|cong dien|huong dan|phap lenh|de an|giay moi)\s*(?:so)?\s*$")]
    private static partial Regex DocWord();

    [GeneratedRegex(@"\G[\s,]*(?:\(\s*)?(?:cua\s[^.;()\n]{0,80}?\s*)?(?:ban hanh\s*)?(?=ngay\s*\d|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")]
    private static partial Regex DateLead();
}
