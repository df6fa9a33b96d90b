using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Reads the time line that closes a section of a kế hoạch ("3. Thời gian thực hiện: Tháng 12/2013 và thường
/// xuyên.", "- Thời gian hoàn thành: Quý III/2025"): what follows the colon is a plan table's time cell written
/// as prose, read by <see cref="PeriodCell"/>. A period that only starts ("Từ tháng 11/2013 trở đi", "Từ năm
/// 2013 đến năm 2020") is the plan's span, not a deadline.
/// </summary>
internal static partial class TimeLine
{
    private const int MaxCell = 160;

    /// <summary>The deadline the sentence [start, end) states when it is such a time line, else null.</summary>
    public static Deadline? Read(LetterText text, int start, int end)
    {
        var folded = text.Folded;
        var m = Label().Match(folded, start, end - start);
        if (!m.Success)
        {
            return null;
        }
        var cellStart = m.Index + m.Length;
        var cellEnd = end;
        while (cellEnd > cellStart && (char.IsWhiteSpace(folded[cellEnd - 1]) || folded[cellEnd - 1] is '.' or ';' or ','))
        {
            cellEnd--;
        }
        if (cellEnd - cellStart is <= 0 or > MaxCell || Starts().IsMatch(folded, cellStart))
        {
            return null;
        }
        if (PeriodCell.Read(folded[cellStart..cellEnd]) is not { } period || (period.Due is null && period.Kind != DeadlineKind.Recurring))
        {
            return null;
        }
        return new Deadline(period.Due, period.Kind, Spaces.Collapse(text.Slice(cellStart, cellEnd - cellStart)), cellStart, cellEnd - cellStart);
    }

    [GeneratedRegex(@"\G[\s\-+•]*(?:(?:\d{1,2}|[a-dđe]|[ivx]{1,4})[.)]\s*)?thoi\s*(?:gian|han)\s*(?:thuc\s*hien|hoan\s*thanh)?\s*:\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"\G(?:tu|bat\s*dau)(?!\p{L})")]
    private static partial Regex Starts();
}
