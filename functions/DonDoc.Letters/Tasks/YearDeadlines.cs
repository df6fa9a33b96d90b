using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Year deadlines (vietnamese-letters.md §5: "cuối năm 2024 · trong năm 2025 · vào năm 2025" → 31/12 of that
/// year; "trước năm 2025" → 31/12/2024), and a target year that fronts a clause to complete:
/// "Đến năm 2015, hoàn thành chương trình hỗ trợ …". "đến năm 2030" inside a name or a vision ("Quy hoạch …
/// đến năm 2020", "tầm nhìn đến năm 2045") is a period, not a deadline; so is "(từ năm 2021) đến hết năm
/// 2025", which says how long something lasts (a pilot, a fee waiver), not when a task is due.
/// </summary>
public static partial class YearDeadlines
{
    public static IEnumerable<(Match Match, DateOnly Due)> Find(LetterText text, int start, int end)
    {
        var folded = text.Folded;
        foreach (Match m in Year().MatchesIn(folded, start, end))
        {
            var year = int.Parse(m.Groups["y"].Value);
            // "Coi … là nhiệm vụ quan trọng hàng đầu … trong năm 2026": the year a priority holds, not a deadline.
            if (Priority().IsMatch(folded.AsSpan(Math.Max(start, m.Index - 100), m.Index - Math.Max(start, m.Index - 100))))
            {
                continue;
            }
            yield return (m, m.Groups["before"].Success ? new DateOnly(year - 1, 12, 31) : new DateOnly(year, 12, 31));
        }
        if (FoldedWords.Has(text, start, end, "den"))
        {
            foreach (Match m in Target().MatchesIn(folded, start, end))
            {
                var lead = folded.AsSpan(start, m.Index - start).TrimEnd();
                if (lead.IsEmpty || lead[^1] is '.' or ';' or ':' or ')' or '-' or '+' or '\n')
                {
                    yield return (m, new DateOnly(int.Parse(m.Groups["y"].Value), 12, 31));
                }
            }
        }
    }

    // DeadlineParser runs Find only where a digit is present and "nam" follows one of its trigger words
    // ("cuoi", "trong", "vao", "thanh", "truoc") or "den" is present: keep in step.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:du\s*kien\s*)?(?:vao\s*)?cuoi\s*nam|trong\s*nam|vao\s*nam|hoan\s*thanh(?:\s*trong)?\s*nam|(?<before>truoc\s*nam))\s*(?<y>(?:19|20)\d{2})(?![\d\-])")]
    private static partial Regex Year();

    // "Đến năm 2015, hoàn thành …", "Đến năm 2025, cơ bản hoàn thành …" (OCR may leave a stray "-" inside): the year is the group, the comma and
    // the verb confirm it fronts a clause to complete; the deadline text is "Đến năm 2015".
    [GeneratedRegex(@"(?<!\p{L})den\s*[-_'~]?\s*nam\s*(?<y>(?:19|20)\d{2})(?=\s*,\s*(?:phan\s*dau\s*)?(?:co\s*ban\s*)?(?:hoan\s*thanh|hoan\s*tat|xong)(?!\p{L}))")]
    private static partial Regex Target();

    [GeneratedRegex(@"(?<!\p{L})la\s*(?:mot\s*)?(?:nhiem\s*vu|muc\s*tieu)\s*(?:trong\s*tam|quan\s*trong|hang\s*dau|uu\s*tien|then\s*chot|chinh\s*tri)[^.;:]*$")]
    private static partial Regex Priority();
}
