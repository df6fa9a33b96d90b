using System.Text.RegularExpressions;
using DonDoc.Calendar;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Finds the deadline phrases of vietnamese-letters.md §5 in a span of text and resolves each to the last
/// day to act. Only phrases with a deadline trigger count ("trước ngày", "chậm nhất", "trong tháng",
/// "cuối năm", "trong thời hạn … kể từ …"); a bare date, a cited document's date, "giai đoạn 2018-2025" or
/// "đến năm 2030" is never a deadline. Year-less days take the issue year, or the next year when that would
/// fall before the issue date; relative periods count from the issue date on the working-day calendar.
/// </summary>
public sealed partial class DeadlineParser(WorkingDayCalendar calendar)
{
    private const int TargetYears = 10;

    public IReadOnlyList<Deadline> Find(LetterText text, int start, int end, DateOnly? issuedOn)
    {
        var found = new List<Deadline>();
        if (CitedProvision.Recounts(text, start, end))
        {
            return found;
        }
        var folded = text.Folded;
        bool? periodic = null;
        bool Periodic() => periodic ??= RecurringDeadlines.IsPeriodic(text, start, end);
        // Each pattern runs only where the words every one of its matches holds are present (see the
        // patterns below): most sentences name no deadline, and most dates in them are not deadlines
        // ("ngày 30 tháng 6 năm 2025" has no "trong tháng", "cuối năm"). A few vectorised searches cost far
        // less than a pattern tried at each position; skipping a pattern that cannot match changes nothing.
        var digit = FoldedWords.HasDigit(text, start, end);
        if (digit && (FoldedWords.Before(text, start, end, "hang", ["thang", "nam"]) || FoldedWords.Has(text, start, end, "quy")))
        {
            found.AddRange(RecurringDeadlines.Find(text, start, end, issuedOn));
        }
        if (digit)
        {
            foreach (Match m in ExactTrigger().MatchesIn(folded, start, end))
            {
                if (VietnameseDates.ReadAt(folded, m.Index + m.Length, allowYearless: true) is { } reading && reading.Start + reading.Length <= end
                    && !PeriodEnds.Closes(folded, start, m, reading.Start + reading.Length))
                {
                    found.Add((reading.HasYear ? null : RecurringDeadlines.FromYearless(text, end, m.Index, reading, issuedOn, Periodic))
                        ?? Exact(text, m.Index, reading, issuedOn));
                }
            }
        }
        if (FoldedWords.After(text, start, end, "thang", ["rong", "cuoi", "het", "truoc"]))
        {
            foreach (Match m in Month().MatchesIn(folded, start, end))
            {
                Add(found, text, m, MonthDue(m, issuedOn), DeadlineKind.Month);
            }
        }
        if (FoldedWords.After(text, start, end, "quy", ["trong", "frong", "cuoi", "het", "thanh", "truoc"]))
        {
            foreach (Match m in Quarter().MatchesIn(folded, start, end))
            {
                Add(found, text, m, QuarterDue(m, issuedOn), DeadlineKind.Quarter);
            }
        }
        if (FoldedWords.Before(text, start, end, "thang", ["dau", "cuoi"]))
        {
            foreach (Match m in Months().MatchesIn(folded, start, end))
            {
                var (due, kind) = MonthsDue(m, issuedOn);
                Add(found, text, m, due, kind);
            }
        }
        if (digit && (FoldedWords.After(text, start, end, "nam", ["cuoi", "trong", "vao", "thanh", "truoc"]) || FoldedWords.Has(text, start, end, "den")))
        {
            foreach (var (m, due) in YearDeadlines.Find(text, start, end))
            {
                Add(found, text, m, due, DeadlineKind.Year);
            }
        }
        if (digit && FoldedWords.Has(text, start, end, "ngay"))
        {
            foreach (Match m in Relative().MatchesIn(folded, start, end))
            {
                if (RelativeDue(m, issuedOn) is { } due)
                {
                    Add(found, text, m, due, DeadlineKind.Relative);
                }
            }
        }
        if (digit && FoldedWords.Has(text, start, end, "hieu luc"))
        {
            found.AddRange(EffectiveDatePeriods.Find(text, start, end, calendar));
        }
        var kept = Resolve(found, text, issuedOn);
        if (kept.Count == 0 && (TimeLine.Read(text, start, end) ?? RecurringDuty.Find(text, start, end)) is { } period)
        {
            kept.Add(period);
        }
        return kept;
    }

    /// <summary>"khẩn trương", "ngay lập tức": urgent, with no day.</summary>
    public static Deadline? FindUrgency(LetterText text, int start, int end)
    {
        if (!FoldedWords.Has(text, start, end, "khan") && !FoldedWords.Has(text, start, end, "ngay") && !FoldedWords.Has(text, start, end, "toc"))
        {
            return null;
        }
        var m = Urgent().FirstIn(text.Folded, start, end);
        return m.Success ? new Deadline(null, DeadlineKind.Urgent, text.Slice(m.Index, m.Length), m.Index, m.Length) : null;
    }

    // Overlapping matches keep the earliest, then the longest; weak kinds that end before the issue date, or
    // that follow words naming a reported period ("kết quả … trong năm 2024"), are periods, not deadlines;
    // a year more than ten years ahead ("phát thải ròng bằng 0 vào năm 2050") is a strategic target.
    private static List<Deadline> Resolve(List<Deadline> found, LetterText text, DateOnly? issuedOn)
    {
        var kept = new List<Deadline>();
        if (found.Count == 0)
        {
            return kept;
        }
        var ordered = found.Count == 1 ? found : found.OrderBy(d => d.Start).ThenByDescending(d => d.Length).ToList();
        foreach (var d in ordered)
        {
            if (kept.Count > 0 && d.Start < kept[^1].Start + kept[^1].Length)
            {
                continue;
            }
            var weak = d.Kind is DeadlineKind.Year or DeadlineKind.Half or DeadlineKind.Quarter;
            if (weak && issuedOn is { } issued && d.Due is { } due && (due < issued || due.Year > issued.Year + TargetYears))
            {
                continue;
            }
            // A day before the letter was signed ("giai đoạn trước ngày 01/7/2025", "đã đề nghị … ban hành
            // trước ngày 05/02/2026, nhưng đến nay …") is history, not a task's deadline.
            if (d.Kind is DeadlineKind.Exact && issuedOn is { } signed && d.Due is { } day && day < signed)
            {
                continue;
            }
            // "không tổ chức kiểm tra định kỳ trong năm 2020", "chưa thực hiện điều chỉnh … trong Quý I": what is
            // not to be done within a period sets no deadline.
            if (weak && NegatedClause().IsMatch(text.Folded.AsSpan(Math.Max(0, d.Start - 50), Math.Min(50, d.Start))))
            {
                continue;
            }
            if (d.Kind is not DeadlineKind.Exact and not DeadlineKind.Invalid && ReportedPeriod().IsMatch(text.Folded.AsSpan(Math.Max(0, d.Start - 40), Math.Min(40, d.Start))))
            {
                continue;
            }
            kept.Add(d);
        }
        return kept;
    }

    private static void Add(List<Deadline> found, LetterText text, Match m, DateOnly? due, DeadlineKind kind)
    {
        if (due is null)
        {
            return;
        }
        var (s, l) = Trim(text, m.Index, m.Length);
        found.Add(new Deadline(due, kind, Spaces.Collapse(text.Slice(s, l)), s, l));
    }

    private static (int Start, int Length) Trim(LetterText text, int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(text.Text[start]))
        {
            start++;
            length--;
        }
        while (length > 0 && (char.IsWhiteSpace(text.Text[start + length - 1]) || text.Text[start + length - 1] is ',' or '.'))
        {
            length--;
        }
        return (start, length);
    }

    private static Deadline Exact(LetterText text, int triggerStart, DateReading reading, DateOnly? issuedOn)
    {
        var (s, l) = Trim(text, triggerStart, reading.Start + reading.Length - triggerStart);
        var phrase = Spaces.Collapse(text.Slice(s, l));
        DateOnly? due;
        if (reading.HasYear)
        {
            due = reading.ToDate();
        }
        else
        {
            due = issuedOn is { } issued ? reading.ToDate(issued.Year) : null;
            if (due is { } d && issuedOn is { } i && d < i)
            {
                due = reading.ToDate(i.Year + 1);
            }
        }
        var invalid = due is null && (reading.HasYear || issuedOn is not null);
        return new Deadline(due, invalid ? DeadlineKind.Invalid : DeadlineKind.Exact, phrase, s, l);
    }

    private static DateOnly? MonthDue(Match m, DateOnly? issuedOn)
    {
        var month = RomanOrNumber(m.Groups["m"].Value);
        int? year = int.TryParse(m.Groups["y"].Value, out var y) ? y : issuedOn?.Year;
        if (month is null or < 1 or > 12 || year is null)
        {
            return null;
        }
        if (!m.Groups["y"].Success && issuedOn is { } issued && month < issued.Month)
        {
            year++;
        }
        var first = new DateOnly(year.Value, month.Value, 1);
        return m.Groups["before"].Success ? first.AddDays(-1) : first.AddMonths(1).AddDays(-1);
    }

    private static DateOnly? QuarterDue(Match m, DateOnly? issuedOn)
    {
        var quarters = m.Groups["q"].Captures.Select(c => RomanOrNumber(c.Value)).ToList();
        var q = quarters.Count > 0 ? quarters[^1] : null;
        int? year = int.TryParse(m.Groups["y"].Value, out var y) ? y : issuedOn?.Year;
        if (q is null or < 1 or > 4 || year is null)
        {
            return null;
        }
        var firstOfNext = new DateOnly(year.Value, 1, 1).AddMonths(3 * q.Value);
        return m.Groups["before"].Success ? firstOfNext.AddMonths(-3).AddDays(-1) : firstOfNext.AddDays(-1);
    }

    // "6 tháng đầu năm 2025" → 30/6 (half); "2 tháng cuối năm 2018" → 31/12 (year); "3 tháng đầu năm" → 31/3.
    private static (DateOnly? Due, DeadlineKind Kind) MonthsDue(Match m, DateOnly? issuedOn)
    {
        int? year = int.TryParse(m.Groups["y"].Value, out var y) ? y : issuedOn?.Year;
        var n = m.Groups["n"].Value is "sau" ? 6 : int.Parse(m.Groups["n"].Value);
        if (year is null || n is < 1 or > 12)
        {
            return (null, DeadlineKind.Half);
        }
        var end = m.Groups["which"].Value == "cuoi" ? new DateOnly(year.Value, 12, 31) : new DateOnly(year.Value, n, 1).AddMonths(1).AddDays(-1);
        var kind = n == 6 ? DeadlineKind.Half : m.Groups["which"].Value == "cuoi" ? DeadlineKind.Year : DeadlineKind.Month;
        return (end, kind);
    }

    private DateOnly? RelativeDue(Match m, DateOnly? issuedOn)
    {
        if (issuedOn is not { } issued || !int.TryParse(m.Groups["n"].Value, out var n) || n is < 1 or > 365)
        {
            return null;
        }
        return m.Groups["work"].Success ? calendar.AddWorkingDays(issued, n) : calendar.AddCalendarDays(issued, n);
    }

    private static int? RomanOrNumber(string s) => s switch
    {
        "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9, "x" => 10,
        "xi" => 11, "xii" => 12,
        _ => int.TryParse(s, out var n) ? n : null,
    };

    // Find runs this only where the range holds a digit (the lookahead needs one).
    [GeneratedRegex(@"(?:(?<!\p{L})(?:truoc|cham\s*nhat(?:\s*la)?(?:\s*(?:vao|truoc|den))?|muon\s*nhat|han\s*chot(?:\s*la)?|han\s*cuoi(?:\s*la)?|thoi\s*han(?:\s*hoan\s*thanh)?(?:\s*(?:la|:))?|den\s*het|khong\s*muon\s*hon|xong\s*truoc|hoan\s*thanh(?:\s*(?:truoc|vao|trong))?|trong|han)\s*(?:ngay)?)(?=\s*(?:ngay\s*)?\d)")]
    private static partial Regex ExactTrigger();

    // Find runs this only where "thang" follows "rong", "cuoi", "het" or "truoc": keep that list in step.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:ngay\s*)?(?:[tf]r|(?<![\p{L}\d]\s?)r)ong|hoan\s*thanh\s*[tf]?rong|cuoi|het|(?<before>truoc))\s*thang\s*(?<m>\d{1,2}|[ivx]{1,4})(?!\s*\d)(?:\s*(?:nam|/|-)\s*(?<y>\d{4}))?(?!\s*(?:/|thang))")]
    private static partial Regex Month();

    // Find runs this only where "quy" follows one of its trigger words: keep that list in step.
    [GeneratedRegex(@"(?<!\p{L})(?:[tf]rong|cuoi|het|hoan\s*thanh|(?<before>truoc))\s*quy\s*(?<q>[ivx]{1,3}|[1-4])(?:\s*(?:,|va|-)\s*(?:quy\s*)?(?<q>[ivx]{1,3}|[1-4]))*(?![\p{L}\d])(?:\s*(?:nam|/|-)\s*(?<y>\d{4}))?")]
    private static partial Regex Quarter();

    // Find runs this only where "thang" precedes "dau" or "cuoi".
    [GeneratedRegex(@"(?<!\p{L})(?:trong|truoc|hoan\s*thanh(?:\s*trong)?|xong\s*trong)\s*(?<n>\d{1,2}|sau)\s*thang\s*(?<which>dau|cuoi)\s*nam(?:\s*(?<y>\d{4}))?")]
    private static partial Regex Months();

    // Find runs this only where the range holds a digit and "ngay".
    [GeneratedRegex(@"(?<!\p{L})trong\s*(?:thoi\s*han|vong|thoi\s*gian)?\s*(?<n>\d{1,3})\s*(?:\([^)\n]{0,20}\)\s*)?ngay\s*(?<work>lam\s*viec)?\s*,?\s*(?:ke\s*tu|tu|sau)\s*(?:ngay|khi)\s*(?:nhan\s*duoc|ky|ban\s*hanh|tiep\s*nhan|van\s*ban|cong\s*van)")]
    private static partial Regex Relative();

    // FindUrgency runs this only where the range holds "khan", "ngay" or "toc".
    [GeneratedRegex(@"(?<!\p{L})(?:khan\s*truong|ngay\s*lap\s*tuc|hoa\s*toc)(?!\p{L})")]
    private static partial Regex Urgent();

    [GeneratedRegex(@"(?<!\p{L})(?:khong|chua)\s+(?!\s*(?:de|duoc\s*de)\s)[^,;.:()\d]*$")]
    private static partial Regex NegatedClause();

    [GeneratedRegex(@"(?:ket\s*qua|tinh\s*hinh|so\s*lieu|da\s*dat|thuc\s*hien\s*duoc)\s*(?:thuc\s*hien\s*)?$")]
    private static partial Regex ReportedPeriod();
}
