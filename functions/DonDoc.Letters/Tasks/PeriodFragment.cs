using System.Text.RegularExpressions;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// The words of a plan table's time cell found at the end of one line ("… | Cục Biến | Vụ Pháp chế | Quý")
/// or making up the whole line ("Quý III, IV/2026 b)"). When OCR or a web copy loses a table's ruling, the
/// time column survives as such fragments: one per line of the row, read top to bottom ("Quý" / "III," /
/// "năm" / "2022"), so a cell is rebuilt by joining the fragments of consecutive lines.
/// </summary>
internal static partial class PeriodFragment
{
    /// <summary>A fragment: its folded words joined by spaces, where it starts in the text, and whether it
    /// can open a cell (it begins with "quý", "tháng", "năm", "hằng" or a number) or only continue one.</summary>
    public readonly record struct Fragment(string Words, int Start, bool Opens, bool WholeLine);

    private static readonly char[] Breaks = [' ', '\t', '|', '[', ']', '{', '}', '_', '=', '~', '"', '\'', '`', '“', '”'];

    /// <summary>The period words that end the folded line <paramref name="folded"/> (starting at
    /// <paramref name="offset"/> in the text), or null when the line does not end with any.</summary>
    public static Fragment? AtEnd(string folded, int offset)
    {
        var tokens = Tokens(folded);
        var end = tokens.Count;
        // A row marker after the cell ("Quý III, IV/2026 b)") belongs to the next row.
        if (end > 0 && RowMarker().IsMatch(tokens[end - 1].Word))
        {
            end--;
        }
        var first = end;
        while (first > 0 && IsPeriodWord(tokens[first - 1].Word))
        {
            first--;
        }
        if (first == end)
        {
            return null;
        }
        // "tầm nhìn đến năm 2045", "mục tiêu tới năm 2026", "giai đoạn 2021 - 2030", "thời kỳ 2021 -": a period that is not a time cell.
        if (first > 0 && NotACell().IsMatch(Bare(tokens[first - 1].Word)))
        {
            return null;
        }
        // "… Chuyển đổi số và | 2024 -": the "và" ends the cell to the left; the time cell opens at "2024".
        var opener = first;
        while (opener < end && LeadingConnector().IsMatch(Bare(tokens[opener].Word) is { Length: > 0 } b ? b : "-"))
        {
            opener++;
        }
        if (opener < end && opener > first && Opener().IsMatch(Bare(tokens[opener].Word)))
        {
            first = opener;
        }
        var words = string.Join(' ', tokens.Skip(first).Take(end - first).Select(t => t.Word.Trim('.', ':')));
        var head = Bare(tokens[first].Word);
        return new Fragment(words, offset + tokens[first].Index, Opener().IsMatch(head), first == 0 || tokens.Take(first).All(t => RowMarker().IsMatch(t.Word)));
    }

    /// <summary>True when the words end as if more of the cell follows ("2024 -", "Quý", "Năm 2025; Năm").</summary>
    public static bool Dangles(string words) => Dangling().IsMatch(words);

    /// <summary>True when the words start as a continuation of a cell above ("- 2025", "và hàng năm", "các năm tiếp theo").</summary>
    public static bool Continues(string words) => Continuation().IsMatch(words);

    /// <summary>True when the words name a year, so that the cell can stand on its own.</summary>
    public static bool HasYear(string words) => Year().IsMatch(words);

    /// <summary>OCR reads the serif "III" of a quarter as "HI", "IH" or "Il": read such words after "quý" as numerals.</summary>
    public static string RepairNumerals(string words) =>
        QuarterNumerals().Replace(words, m => m.Groups[1].Value + m.Groups[2].Value.Replace("h", "ii").Replace('l', 'i'));

    // A bare dash or comma counts: "2024 -" / "2025" is one cell.
    private static bool IsPeriodWord(string token) =>
        Bare(token) is { Length: > 0 } w ? PeriodWord().IsMatch(w) || Numeral().IsMatch(w) : token.All(c => c is '-' or ',' or ';' or '/');

    private static string Bare(string w) => w.Trim('.', ',', ';', ':', '!', '?', '*', '^', 'ˆ', '†', '-', '—', '/', '(', ')');

    private static List<(string Word, int Index)> Tokens(string s)
    {
        var tokens = new List<(string, int)>();
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && Array.IndexOf(Breaks, s[i]) >= 0)
            {
                i++;
            }
            var start = i;
            while (i < s.Length && Array.IndexOf(Breaks, s[i]) < 0)
            {
                i++;
            }
            if (i > start)
            {
                tokens.Add((s[start..i], start));
            }
        }
        return tokens;
    }

    // Lone punctuation counts too: "2024 -" / "2025" is one cell.
    [GeneratedRegex(@"^(?:quy|thang|nam|hang|va|cac|tiep|theo|truoc|cuoi|het|ngay|\d{1,2}|(?:19|20)\d{2}|\d{1,2}(?:\s*-\s*\d{1,2})?/(?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}-(?:19|20)\d{2}|[ivxlh]{1,4}/(?:19|20)\d{2})?$")]
    private static partial Regex PeriodWord();

    [GeneratedRegex(@"^[ivxlh]{1,4}$")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"^(?:quy|thang|nam|hang|truoc|cuoi|\d)")]
    private static partial Regex Opener();

    [GeneratedRegex(@"^(?:[a-dđe]|\d{1,2})[).]$")]
    private static partial Regex RowMarker();

    [GeneratedRegex(@"^(?:den|toi|nhin|ky|doan|tu|sau|viet|mien|phia)$")]
    private static partial Regex NotACell();

    [GeneratedRegex(@"(?:^|\s)(?:quy|thang|hang|va|cac|tiep|ngay|truoc)$|(?<!hang\s)(?<!\p{L})nam$|[-,;/]$")]
    private static partial Regex Dangling();

    [GeneratedRegex(@"^(?:[-,;/]|va\b|hang\b|cac\b|tiep\b|theo\b)")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:[-,;/]|va|cac|tiep|theo)$")]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(quy\s+)([ivxlh]{1,4})(?![a-z])")]
    private static partial Regex QuarterNumerals();
}
