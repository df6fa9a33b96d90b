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
        var at = new List<int>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new List<int>();
        var own = ownNumber is null ? null : Key(ownNumber);
        foreach (Match m in Candidate().Matches(text.Text, from))
        {
            if (DocumentNumberParser.ParseCode(text.Text.Substring(m.Index, Math.Min(80, text.Text.Length - m.Index)), m.Index) is not { Code: { } code } reading)
            {
                continue;
            }
            code = code.TrimEnd('.', ',', ';');
            var key = Key(code);
            if (IsOwn(own, key) || !LooksCited(text, m.Index))
            {
                continue;
            }
            var date = ReferenceDates.After(text, reading.Start + reading.Length, code) ?? DateBefore(text, m.Index);
            if (keys.TryGetValue(key, out var i))
            {
                if (found[i].Date is null && date is not null)
                {
                    found[i] = found[i] with { Date = date };
                }
                seen[i]++;
                continue;
            }
            keys[key] = found.Count;
            found.Add(new Reference(code, date));
            at.Add(m.Index);
            seen.Add(1);
        }
        ReferenceVariants.Merge(found, at, seen, Key);
        // Quy chuẩn kỹ thuật quốc gia are cited by their own code: "QCVN 122:2024/BGTVT" (a footnote mark may follow).
        foreach (Match m in TechnicalRegulation().Matches(text.Text, from))
        {
            var code = $"QCVN{m.Groups[1].Value}:{m.Groups[2].Value}/{m.Groups[3].Value}";
            if (keys.TryAdd(Key(code), found.Count))
            {
                found.Add(new Reference(code, null));
                at.Add(m.Index);
            }
        }
        return [.. found.Select((r, k) => (r, k)).OrderBy(x => at[x.k]).Select(x => x.r)];
    }

    // The letter's own number, also a joint one whose wrapped tail the body leaves off ("24/HDLN-BCA-BQP-BYT").
    private static bool IsOwn(string? own, string key) =>
        own is not null && own.StartsWith(key, StringComparison.Ordinal) && (own.Length == key.Length || own[key.Length] == '-');

    private static string Key(string code) => Folding.Fold(code).Replace(" ", "");

    // A citation stands after "số" or a document name, or at least is followed by its date or year.
    private static bool LooksCited(LetterText text, int at)
    {
        var before = text.Folded[Math.Max(0, at - 40)..at];
        return CitedBy().IsMatch(before) || DocWord().IsMatch(before);
    }

    // "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP": the date opens the clause that
    // issues the cited document, with no other document cited in between.
    private static DateOnly? DateBefore(LetterText text, int at)
    {
        var from = Math.Max(0, at - 160);
        Match? last = null;
        foreach (var m in IssuedOn().MatchesIn(text.Folded, from, at))
        {
            last = m;
        }
        if (last is null)
        {
            return null;
        }
        var end = last.Index + last.Length;
        var k = last.Index - 1;
        while (k >= from && text.Folded[k] == ' ')
        {
            k--;
        }
        var opensClause = k < from || text.Folded[k] is ',' or '.' or ';' or ':' or '\n' || text.Text[last.Index] == 'N';
        if (!opensClause || Candidate().FirstIn(text.Text, end, at).Success || SentenceEnd().FirstIn(text.Folded, end, at).Success
            || !Issues().FirstIn(text.Folded, end, at).Success)
        {
            return null;
        }
        return VietnameseDates.ReadAt(text.Folded, last.Groups["date"].Index, allowYearless: false)?.ToDate();
    }

    [GeneratedRegex(@"(?<![\p{L}\d/.\-])\d{1,5}(?:\s?/\s?\d{4})?\s{0,2}[/\-](?:\s*-)?(?:\s{0,2}|[ \t]*\n[ \t]*)\p{L}")]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?<![\p{L}\d])QCVN\s*(\d+(?:-\d+)?)\s*:\s*(\d{4})\s*/\s*([A-ZĐ]+)")]
    private static partial Regex TechnicalRegulation();

    // OCR debris may stand between "số" and the number: a quote, a bar, a stray letter with one ("số l ' 1775/QĐ-TTg").
    private const string Debris = @"(?:\s*['`‘’""“”|_~]|\s+[a-z](?=\s*['`‘’""“”|]))*\s*$";

    [GeneratedRegex(@"(?:\bso\s*[:.]?|\bva|,)" + Debris)]
    private static partial Regex CitedBy();

    [GeneratedRegex(@"(?<!\p{L})ngay\s*(?<date>\d{1,2}\s*(?:[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|thang\s*\d{1,2}\s*nam\s*\d{4}))")]
    private static partial Regex IssuedOn();

    [GeneratedRegex(@"\b(?:ban\s+hanh|da\s+co|co\s+van\s+ban|ky|gui)\b")]
    private static partial Regex Issues();

    [GeneratedRegex(@"[.;]\s|\n\s*\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:quyet dinh|cong van|van ban|nghi quyet|nghi dinh|thong tu|chi thi|thong bao|ke hoach|to trinh|bao cao|ket luan|luat|quy dinh|chuong trinh|cong dien|huong dan|phap lenh|de an|giay moi)\s*(?:so\s*[:.]?)?" + Debris)]
    private static partial Regex DocWord();
}
