using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Reads a plan's task table that has lost its ruling: a web copy that puts every cell on a line of its own
/// ("Tổ chức Hội nghị …" / "Cục Lâm nghiệp và Kiểm lâm" / "Vụ Pháp chế; …" / "Quý III, IV/2026"), or OCR of a
/// scanned table that wraps each row over several lines with the time column at their ends ("… | Quý" /
/// "… |III" / "… năm" / "… 2022"). After a header naming the time column and the lead body, the time cells
/// are rebuilt from the period words ending consecutive lines (<see cref="PeriodFragment"/>); each cell read by
/// <see cref="PeriodCell"/> closes one row, so each is one task. Rows whose columns can still be told apart
/// (one cell per line) give the action, the lead body and the co-operating ones; wrapped rows give the action
/// only. A time-first table ("10-11/2019 Xây dựng …") is read from the month span opening a line.
/// </summary>
public static partial class FlattenedTableParser
{
    private const int HeaderWindow = 6;
    private const int MaxHeaderLine = 60;
    private const int MaxCellLines = 8;
    private const int MaxSkippedLines = 2;
    private const int MaxGap = 80;
    private const int MaxLines = 3000;

    /// <summary>The tasks of every ruling-less plan table in [start, end) outside <paramref name="skip"/>
    /// (tables already read with their ruling) and the spans of the rows they came from. Periods ending
    /// before <paramref name="issuedOn"/> or more than 15 years after it are not deadlines.</summary>
    public static (IReadOnlyList<LetterTask> Tasks, IReadOnlyList<Span> Rows) Read(LetterText text, int start, int end, IReadOnlyList<Span> skip, DateOnly? issuedOn)
    {
        var tasks = new List<LetterTask>();
        var rows = new List<Span>();
        var skipped = new SpanLookup(skip);
        var lines = text.Lines;
        var first = text.LineIndexAt(start);
        for (var i = first; i < lines.Count && i < first + MaxLines && lines[i].End <= end; i++)
        {
            if (!skipped.Covers(lines[i].Start) && HeaderEnd(text, i) is { } headerEnd)
            {
                i = ReadTable(text, headerEnd + 1, end, skipped, issuedOn, tasks, rows);
            }
        }
        return (tasks, rows);
    }

    // The last line of a table header starting at line i, or null: within a few short lines without digits, the
    // time column ("Thời gian thực hiện", split "Thời" / "gian" too) and the task or lead column; or the time
    // column's heading alone on a line.
    private static int? HeaderEnd(LetterText text, int i)
    {
        var lines = text.Lines;
        var f = Fold(text, lines[i]);
        if (f.Length == 0 || f.Length > MaxHeaderLine || f.Any(char.IsDigit) || !AnySignal().IsMatch(f) || ListItem().IsMatch(f))
        {
            return null;
        }
        if (TimeHeadingAlone().IsMatch(f))
        {
            return i;
        }
        var window = new List<string>();
        int? last = null;
        for (var k = i; k < lines.Count && window.Count < HeaderWindow; k++)
        {
            var g = Fold(text, lines[k]);
            if (g.Length == 0)
            {
                continue;
            }
            if (g.Length > MaxHeaderLine || g.Any(char.IsDigit) || g.EndsWith(':') || g.EndsWith(',') || ListItem().IsMatch(g))
            {
                break;
            }
            window.Add(g);
            if (AnySignal().IsMatch(g))
            {
                last = k;
            }
        }
        var joined = string.Join('\n', window);
        return TimeSignal().IsMatch(joined) && TaskSignal().IsMatch(joined) ? last : null;
    }

    private static int ReadTable(LetterText text, int from, int end, SpanLookup skipped, DateOnly? issuedOn, List<LetterTask> tasks, List<Span> rows)
    {
        var (cells, last) = TimeCells(text, from, end, skipped);
        var lines = text.Lines;
        foreach (var cell in cells)
        {
            // A line that only says "Hằng năm …" is a recurring duty's time cell with no date of its own.
            if (PeriodCell.Read(PeriodFragment.RepairNumerals(cell.Words)) is not { } period
                || (period.Due is null && !(period.Kind == DeadlineKind.Recurring && cell.StartsLine && cell.Words.StartsWith("hang ", StringComparison.Ordinal)))
                || (period.Due is { } due && issuedOn is { } issued && (due < issued || due > issued.AddYears(15))))
            {
                continue;
            }
            var span = new Span(lines[cell.RowStart].Start, lines[cell.Last].End);
            var deadline = new Deadline(period.Due, period.Kind, Spaces.Tidy(cell.Shown), lines[cell.First].Start, lines[cell.Last].End - lines[cell.First].Start);
            var row = FlattenedRow.Read(text, cell.RowStart, cell.First, cell.WholeLine);
            tasks.Add(new LetterTask(row.Lead, row.Coordinators, row.Action, deadline,
                new Evidence(text.PageOf(span.Start), span.Start, span.End - span.Start)));
            rows.Add(span);
        }
        return last;
    }

    // The time cells of the table whose rows start at line `from`, and the table's last line.
    private static (List<TimeCell> Cells, int Last) TimeCells(LetterText text, int from, int end, SpanLookup skipped)
    {
        var lines = text.Lines;
        var cells = new List<TimeCell>();
        var rowStart = from;
        var gap = 0;
        var k = from;
        TimeCell? open = null;
        for (; k < lines.Count && k < from + MaxLines && lines[k].End <= end && !skipped.Covers(lines[k].Start); k++)
        {
            var f = Fold(text, lines[k]);
            if (f.Length == 0)
            {
                continue;
            }
            if (f.StartsWith("noi nhan", StringComparison.Ordinal))
            {
                break;
            }
            var fragment = PeriodFragment.AtEnd(f, lines[k].Start);
            if (open is { } c)
            {
                if (fragment is { } next && k - c.First < MaxCellLines
                    && (!PeriodFragment.HasYear(c.Words) || PeriodFragment.Dangles(c.Words) || PeriodFragment.Continues(next.Words)))
                {
                    open = c with { Last = k, Words = Join(c.Words, next.Words), Shown = c.Shown + " " + Shown(text, next.Start, lines[k].End), WholeLine = false };
                    continue;
                }
                // "Năm 2022 và" / "Thương, Bộ Xây" / "hàng" / "năm": a cell that dangles may skip a line of the
                // other columns that OCR put between its words.
                if (fragment is null && PeriodFragment.Dangles(c.Words) && k - c.Last <= MaxSkippedLines && !MonthSpanFirst().IsMatch(f))
                {
                    continue;
                }
                cells.Add(c);
                rowStart = c.Last + 1;
                open = null;
            }
            if (fragment is { Opens: true } opener)
            {
                open = new TimeCell(rowStart, k, k, opener.Words, Shown(text, opener.Start, lines[k].End), opener.WholeLine, opener.WholeLine);
                gap = 0;
            }
            else if (MonthSpanFirst().Match(f) is { Success: true } m)
            {
                var at = lines[k].Start + m.Groups[1].Index;
                cells.Add(new TimeCell(k, k, k, m.Groups[1].Value, Shown(text, at, at + m.Groups[1].Length), false, false));
                rowStart = k + 1;
                gap = 0;
            }
            else if (++gap > MaxGap)
            {
                break;
            }
        }
        if (open is { } unfinished)
        {
            cells.Add(unfinished);
        }
        return (cells, Math.Max(from, k - 1));
    }

    /// <summary>A time cell: the lines of its row before it start at RowStart; its words run from line First to
    /// Last; WholeLine when every line of it held nothing else (one cell per line), StartsLine when its first did.</summary>
    private sealed record TimeCell(int RowStart, int First, int Last, string Words, string Shown, bool WholeLine, bool StartsLine);

    // "- 2022" under "Quý II, năm": the dash is OCR's trace of the ruling, not a span.
    private static string Join(string cell, string next) =>
        cell + " " + (next.StartsWith('-') && !char.IsDigit(cell[^1]) ? next.TrimStart('-', ' ') : next);

    // What a person sees of the cell: its words as printed, without the ruling's traces or the next row's marker.
    private static string Shown(LetterText text, int start, int end) =>
        TrailingMarker().Replace(text.Text[start..end], "").Trim(' ', '|', '[', ']', '{', '}', '_', '.', ':');

    private static string Fold(LetterText text, TextLine line) => text.Folded.AsSpan(line.Start, line.Length).Trim().ToString();

    // Prose items ("- Chủ trì, phối hợp …", "b) Bộ … chủ trì") are not header cells.
    [GeneratedRegex(@"^(?:[-+•~¬]|[a-dđe]\)|[ivx]+\.)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s+(?:[a-dđe]|\d{1,2})[).]\s*$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"thoi|gian|tien\s*do|chu\s*tri|noi\s*dung|nhiem\s*vu|cong\s*viec")]
    private static partial Regex AnySignal();

    [GeneratedRegex(@"thoi\s*gian|thoi\s*han|tien\s*do|(?:^|\n)[\s|]*thoi\s*(?:$|\n)|(?:^|\n)[\s|]*thoi\s|(?:^|\n)[\s|]*gian(?:\s|$)|\sgian\s*(?:$|\n)")]
    private static partial Regex TimeSignal();

    [GeneratedRegex(@"chu\s*tri|noi\s*dung|nhiem\s*vu|cong\s*viec|hoat\s*dong")]
    private static partial Regex TaskSignal();

    [GeneratedRegex(@"^[\s|]*thoi\s*(?:gian|han)\s*(?:thuc\s*hien|hoan\s*thanh)?(?:\s*/\s*hoan\s*thanh)?[\s|]*$")]
    private static partial Regex TimeHeadingAlone();

    // "10-11/2019 Xây dựng …", "| 01/2020": the time column first, as a span of months; "Quý IV/2026, 2027 kết
    // quả …": a time cell with the end of a long action cell beside it.
    [GeneratedRegex(@"^[\s|]*(\d{1,2}\s*-\s*\d{1,2}/(?:19|20)\d{2}|\d{1,2}/(?:19|20)\d{2}|quy\s*[ivxlh]{1,4}(?:\s*,\s*[ivxlh]{1,4})*\s*(?:/|,?\s*nam\s*)(?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})?)(?![\d/])")]
    private static partial Regex MonthSpanFirst();
}
