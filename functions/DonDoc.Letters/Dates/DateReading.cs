using DonDoc.Letters.Text;
using System.Text.RegularExpressions;

namespace DonDoc.Letters.Dates;

/// <summary>
/// A calendar date as printed: day, month and (perhaps) year, not yet checked. "31/11/2023" is a reading
/// whose <see cref="ToDate"/> fails; the reading itself is kept so the text can be shown to a person.
/// </summary>
public readonly record struct DateReading(int Day, int Month, int? Year, int Start, int Length)
{
    public bool HasYear => Year is not null;

    /// <summary>The date, or null when that day does not exist (or the year is missing and none is given).</summary>
    public DateOnly? ToDate(int? fallbackYear = null)
    {
        var year = Year ?? fallbackYear;
        if (year is null or < 1900 or > 2200 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(year.Value, Month))
        {
            return null;
        }
        return new DateOnly(year.Value, Month, Day);
    }
}

/// <summary>
/// Reads the date forms of vietnamese-letters.md §3 from folded text: "ngày 15 tháng 8 năm 2025", "15/8/2025",
/// "15-8-2025", "15.8.2025", and year-less "15/8" (which callers accept only after a deadline trigger); a stray
/// OCR dot after "tháng"/"năm" ("30 tháng.9 năm 2024") is read through.
/// </summary>
public static partial class VietnameseDates
{
    /// <summary>A full date at <paramref name="at"/> (leading spaces allowed), or null.</summary>
    public static DateReading? ReadAt(string folded, int at, bool allowYearless)
    {
        var m = DateHere().Match(folded, at);
        if (!m.Success)
        {
            return null;
        }
        var reading = FromMatch(m);
        return reading is { HasYear: false } && !allowYearless ? null : reading;
    }

    /// <summary>Every full date (with a year) in the folded text between two offsets.</summary>
    public static IEnumerable<DateReading> FindAll(string folded, int start, int end)
    {
        foreach (Match m in AnyDate().MatchesIn(folded, start, end))
        {
            if (FromMatch(m) is { HasYear: true } reading)
            {
                yield return reading;
            }
        }
    }

    private static DateReading? FromMatch(Match m)
    {
        var d = m.Groups["d"].Value;
        if (!int.TryParse(d.Length == 3 ? string.Concat(d[0], d[2]) : d, out var day) || !int.TryParse(m.Groups["m"].Value, out var month))
        {
            return null;
        }
        int? year = int.TryParse(m.Groups["y"].Value, out var y) ? y : null;
        var start = m.Groups["all"].Index;
        return new DateReading(day, month, year, start, m.Index + m.Length - start);
    }

    private const string Forms =
        @"(?<all>(?:ngay\s*)?(?<d>\d{1,2})\s*thang\s*\.?\s*(?<m>\d{1,2})(?:\s*(?:nam\s*\.?|/)\s*(?<y>\d{4}))?" +
        @"|(?:ngay\s*)?(?<d>\d{1,2})\s?(?<sep>[/.\-])\s?(?<m>\d{1,2})(?:\s?\k<sep>\s?(?<y>\d{4}))?(?![\d/]))";

    // After a deadline trigger OCR may split a two-digit day ("trước ngày 1 5/8/2025"): read it whole there.
    private const string SplitDayForms =
        @"(?<all>(?:ngay\s*)?(?<d>[12] \d|3 [01])\s?(?<sep>[/.\-])\s?(?<m>\d{1,2})\s?\k<sep>\s?(?<y>\d{4})(?![\d/]))|";

    [GeneratedRegex(@"\G\s*(?:" + SplitDayForms + Forms + ")")]
    private static partial Regex DateHere();

    [GeneratedRegex(@"(?<![\d/.])" + Forms)]
    private static partial Regex AnyDate();
}
