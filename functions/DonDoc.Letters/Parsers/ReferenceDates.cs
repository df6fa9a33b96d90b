using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The date printed after a cited document's code ("… số 71/NQ-CP của Chính phủ ngày 01 tháng 4 năm 2025"),
/// read through what OCR does to it: stray punctuation after the code or inside the date ("729/BNN-TCLN. ngày
/// 03 tháng 02", "ngày. 15/4/2026", "ngày 29 tháng, 12 năm 2020"). A legal document's number carries the year it
/// was issued in ("81/2017/NĐ-CP"), so that year completes a date whose year a table cell cut off ("ngày 01
/// tháng 11" / "năm 2021" in the next cell). A printed year that disagrees with the number's is kept: letters do
/// print such slips ("219/2013/TT-BTC ngày 31/12/2023"), and OCR's misreadings ("2012" for "2017") look the same.
/// </summary>
public static partial class ReferenceDates
{
    private const int Window = 120;

    /// <summary>The date after the code <paramref name="code"/> that ends at <paramref name="at"/>, or null.</summary>
    public static DateOnly? After(LetterText text, int at, string code)
    {
        var m = DateLead().Match(text.Folded, at);
        if (!m.Success)
        {
            return null;
        }
        var from = m.Index + m.Length;
        var window = StrayPunctuation().Replace(text.Folded.Substring(from, Math.Min(Window, text.Folded.Length - from)), " ");
        window = LostN().Replace(window, "ngay");
        var year = YearOf(code);
        if (VietnameseDates.ReadAt(window, 0, allowYearless: year is not null) is not { } reading)
        {
            return null;
        }
        return reading.ToDate(year);
    }

    /// <summary>The year in a number such as "81/2017/NĐ-CP", or null.</summary>
    public static int? YearOf(string code)
    {
        var m = NumberYear().Match(code);
        return m.Success && int.TryParse(m.Groups[1].ValueSpan, out var y) && y is >= 1945 and <= 2100 ? y : null;
    }

    // "… số 71/NQ-CP của Chính phủ ngày 01 tháng 4 năm 2025": never across a column gap, where the letter's own
    // place and date stand ("V/v … Nghị định số 49/2026/NĐ-CP của Chính phủ   Hà Nội, ngày 03 …"). OCR leaves a
    // dot or a colon after the code ("729/BNN-TCLN. ngày", "1094/TTr-UBND: ngày") and after "ngày" ("ngày. 15/4").
    [GeneratedRegex(@"\G[\s,.:]*(?:\(\s*)?(?:cua\s(?:(?!\s{2})[^.;()\n]){0,80}?(?<!,)\s*)?(?:ban hanh\s*)?(?=n?gay[\s.,:]*\d|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")]
    private static partial Regex DateLead();

    // A dot, comma or colon right after "ngày", "tháng" or "năm" ("tháng, 12").
    [GeneratedRegex(@"(?<=\b(?:ngay|thang|nam))\s*[.,:;'`]+")]
    private static partial Regex StrayPunctuation();

    // "gày 13 tháng 6": OCR lost the n of "ngày".
    [GeneratedRegex(@"^gay(?=[\s.,:]*\d)")]
    private static partial Regex LostN();

    [GeneratedRegex(@"^\d{1,5}/(\d{4})/")]
    private static partial Regex NumberYear();
}
