using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Reads the task table that plans and action programmes attach ("Phụ lục: các nhiệm vụ …"):
/// "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |", one task per row, due
/// when its time cell says (<see cref="PeriodCell"/>), led by the "chủ trì" column. Real tables quirk:
/// a header split over two rows ("Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp"), a time cell merged
/// over several rows (the rows below it are left empty and share it), group rows ("I | GIAI ĐOẠN 1 …",
/// "1 | Lập nhiệm vụ") that are headings, not tasks, and a lead cell that names no body ("Do Chủ tịch … quyết
/// định") where the "cơ quan chịu trách nhiệm" column stands in.
/// </summary>
public static partial class PlanTableParser
{
    private const int MaxRows = 400;

    /// <summary>The tasks of every plan table in [start, end) and the spans of those tables.</summary>
    public static (IReadOnlyList<LetterTask> Tasks, IReadOnlyList<Span> Tables) Read(LetterText text, int start, int end)
    {
        var tasks = new List<LetterTask>();
        var tables = new List<Span>();
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Start < start || lines[i].End > end || Cells(text, lines[i]) is not { Count: >= 3 } head)
            {
                continue;
            }
            var columns = Columns(text, head, i + 1 < lines.Count ? Cells(text, lines[i + 1]) : null);
            if (columns is null)
            {
                continue;
            }
            var last = ReadRows(text, i + 1, end, columns.Value, tasks);
            tables.Add(new Span(lines[i].Start, lines[last].End));
            i = last;
        }
        return (tasks, tables);
    }

    private static int ReadRows(LetterText text, int from, int end, TableColumns columns, List<LetterTask> tasks)
    {
        var lines = text.Lines;
        var last = from - 1;
        Cell? shared = null;
        for (var k = from; k < lines.Count && k < from + MaxRows && lines[k].End <= end; k++)
        {
            var cells = Cells(text, lines[k]);
            if (cells is null)
            {
                if (text.Folded.AsSpan(lines[k].Start, lines[k].Length).Trim().Length == 0)
                {
                    continue;
                }
                break;
            }
            last = k;
            if (IsSeparator(cells))
            {
                continue;
            }
            if (cells.Count <= Math.Max(columns.Time, columns.Action))
            {
                shared = null; // a group heading row
                continue;
            }
            var time = cells[columns.Time];
            if (time.Folded.Length == 0 && shared is not null)
            {
                time = shared.Value;
            }
            else
            {
                shared = time;
            }
            var action = Tidy(cells[columns.Action].Text);
            if (action is null)
            {
                continue;
            }
            var period = PeriodCell.Read(time.Folded);
            if (period is null && time.Folded.Length > 0 && !Ongoing().IsMatch(time.Folded))
            {
                shared = null; // "1", "I": the row numbers a heading, not a time
                continue;
            }
            var deadline = period is { } p
                ? new Deadline(p.Due, p.Kind, Spaces.Collapse(time.Text), time.Start, time.Text.Length)
                : null;
            var assignee = Lead(cells, columns) ?? "";
            var coordinators = columns.Coordinators is { } c && c < cells.Count ? Bodies(cells[c].Text) : [];
            tasks.Add(new LetterTask(assignee, coordinators, action, deadline,
                new Evidence(text.PageOf(lines[k].Start), lines[k].Start, lines[k].Length)));
        }
        return Math.Max(last, from - 1);
    }

    // The "chủ trì" cell, else the "chịu trách nhiệm" one, when it names a body ("Do Chủ tịch … quyết định" does not).
    private static string? Lead(List<Cell> cells, TableColumns columns)
    {
        foreach (var col in columns.Leads)
        {
            if (col < cells.Count && Tidy(cells[col].Text) is { } name && char.IsUpper(name[0]) && !NotABody().IsMatch(cells[col].Folded))
            {
                return name;
            }
        }
        return null;
    }

    private static List<string> Bodies(string cell) =>
        [.. cell.Split(';').Select(s => Spaces.Tidy(s)).Where(s => s.Length > 1)];

    private static bool IsSeparator(List<Cell> cells) => cells.All(c => c.Folded.Trim(' ', '-', ':').Length == 0);

    private static string? Tidy(string s) => ActionText.From(s);

    // Which columns hold the time, the task, the lead and the co-operating bodies; null when this row is not
    // the header of a task table. A second header row ("|  |  | Đơn vị chủ trì | Đơn vị phối hợp") refines it.
    private static TableColumns? Columns(LetterText text, List<Cell> head, List<Cell>? next)
    {
        int? time = null, action = null, coordinators = null;
        var leads = new List<int>();
        var responsible = new List<int>();
        var rows = next is not null && next.Any(c => ChuTri().IsMatch(c.Folded)) && !next.Any(c => c.Folded.Any(char.IsDigit))
            ? new[] { next, head } : new[] { head };
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var f = row[c].Folded;
                if (time is null && TimeHeader().IsMatch(f))
                {
                    time = c;
                }
                else if (action is null && ActionHeader().IsMatch(f))
                {
                    action = c;
                }
                else if (ChuTri().IsMatch(f) && !leads.Contains(c))
                {
                    leads.Add(c);
                }
                else if (PhoiHop().IsMatch(f))
                {
                    coordinators ??= c;
                }
                else if (Responsible().IsMatch(f) && !responsible.Contains(c))
                {
                    responsible.Add(c);
                }
            }
        }
        leads.AddRange(responsible.Where(c => !leads.Contains(c)));
        return time is { } t && action is { } a && leads.Count > 0 && t != a ? new TableColumns(t, a, leads, coordinators) : null;
    }

    // The cells of a table row ("a | b | c" or "| a | b |"), or null for a line that is not a row.
    private static List<Cell>? Cells(LetterText text, TextLine line)
    {
        var raw = text.Original.AsSpan(line.Start, line.Length);
        if (raw.IndexOf('|') < 0)
        {
            return null;
        }
        var cells = new List<Cell>();
        var cellStart = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i == line.End || text.Original[i] == '|')
            {
                var len = i - cellStart;
                cells.Add(new Cell(text.Text.Substring(cellStart, len).Trim(), Spaces.Collapse(text.Folded.Substring(cellStart, len)), cellStart + Lead(text.Text, cellStart, len)));
                cellStart = i + 1;
            }
        }
        // "| a | b |" is a markdown row; " | b | c" is a row whose first cell is empty.
        var trimmed = raw.Trim();
        if (trimmed.StartsWith("|") && trimmed.EndsWith("|") && cells.Count > 2 && cells[0].Folded.Length == 0 && cells[^1].Folded.Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
            cells.RemoveAt(0);
        }
        return cells;
    }

    private static int Lead(string s, int start, int len)
    {
        var k = 0;
        while (k < len && char.IsWhiteSpace(s[start + k]))
        {
            k++;
        }
        return k;
    }

    private readonly record struct Cell(string Text, string Folded, int Start);

    private readonly record struct TableColumns(int Time, int Action, IReadOnlyList<int> Leads, int? Coordinators);

    [GeneratedRegex(@"^(?:thoi\s*gian|thoi\s*han|tien\s*do|moc\s*thoi\s*gian)")]
    private static partial Regex TimeHeader();

    [GeneratedRegex(@"^(?:noi\s*dung|nhiem\s*vu|cong\s*viec|ten\s*(?:nhiem\s*vu|de\s*an|van\s*ban|hoat\s*dong)|hoat\s*dong|giai\s*phap)")]
    private static partial Regex ActionHeader();

    [GeneratedRegex(@"chu\s*tri")]
    private static partial Regex ChuTri();

    [GeneratedRegex(@"phoi\s*hop")]
    private static partial Regex PhoiHop();

    [GeneratedRegex(@"^(?:co\s*quan|don\s*vi)\s*(?:thuc\s*hien|chiu\s*trach\s*nhiem|dau\s*moi)")]
    private static partial Regex Responsible();

    [GeneratedRegex(@"^do\s|quyet\s*dinh\s*\)?\s*(?:\(\*\))?\s*$")]
    private static partial Regex NotABody();

    [GeneratedRegex(@"thuong\s*xuyen|lien\s*tuc|hang\s*(?:nam|quy|thang)")]
    private static partial Regex Ongoing();
}
