using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads "&lt;place&gt;, ngày &lt;dd&gt; tháng &lt;mm&gt; năm &lt;yyyy&gt;" (Phụ lục I mục 4) from the header. The place is
/// the title-case words before the comma, after any number code or column gap on the same line. An
/// unreadable date ("ngày OL tháng 4", "ngàyháng 3") gives a null date and the raw text for a warning.
/// </summary>
public static partial class PlaceAndDateParser
{
    public static PlaceAndDate? Read(LetterText text, HeaderRegion header, NumberReading? number)
    {
        var end = header.EndOffset;
        var folded = text.Folded[..end];
        foreach (Match m in PlaceComma().Matches(folded))
        {
            var ngay = m.Index + m.Length;
            var line = text.Lines[text.LineIndexAt(ngay - 4)];
            var placeEnd = Math.Max(m.Index, line.Start);
            var segmentStart = line.Start;
            if (number is { Length: > 0 } && number.Start >= line.Start && number.Start < placeEnd)
            {
                segmentStart = number.Start + number.Length;
            }
            var place = placeEnd > segmentStart ? PlaceBefore(text.Text[segmentStart..placeEnd]) : null;
            var reading = VietnameseDates.ReadAt(folded, ngay - 4, allowYearless: false);
            var date = reading?.ToDate();
            var rawEnd = Math.Min(line.End, ngay + 40);
            var raw = Spaces.Collapse(text.Text[(ngay - 4)..rawEnd]);
            if (place is null && date is null)
            {
                continue;
            }
            return new PlaceAndDate(place, date, raw, ngay - 4);
        }
        return ProvinceOnly(text, folded);
    }

    // OCR can destroy "ngày … tháng" ("Hà Nội, Nn iy bbihdng 5 nam 2021"): a province name before a comma and a
    // year still gives the place, and the date is reported unreadable.
    private static PlaceAndDate? ProvinceOnly(LetterText text, string folded)
    {
        foreach (Match m in CommaYear().Matches(folded))
        {
            var line = text.Lines[text.LineIndexAt(m.Index)];
            var words = Spaces.Collapse(text.Text[line.Start..m.Index]).Split(' ');
            for (var take = Math.Min(5, words.Length); take >= 1; take--)
            {
                if (HeaderVocabulary.Province(string.Join(' ', words[^take..])) is { } province)
                {
                    var rawEnd = Math.Min(line.End, m.Index + m.Length);
                    return new PlaceAndDate(province, null, Spaces.Collapse(text.Text[m.Index..rawEnd]), m.Index);
                }
            }
        }
        return null;
    }

    // The place: words written with capitals ("Hà Nội", "TP. Hồ Chí Minh", "Thành phố Huế") at the end of the segment.
    private static string? PlaceBefore(string segment)
    {
        var gap = segment.LastIndexOf("  ", StringComparison.Ordinal);
        if (gap >= 0 && segment[(gap + 2)..].Trim().Length > 1)
        {
            segment = segment[(gap + 2)..];
        }
        var words = Spaces.Collapse(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = 0;
        for (var i = words.Length - 1; i >= 0 && take < 6; i--)
        {
            var w = words[i];
            var titled = w.Length > 0 && char.IsUpper(w[0]);
            var joiner = w is "-" || (w is "phố" or "xã" && i > 0 && Folding.Fold(words[i - 1]) is "thanh" or "thi");
            if (!titled && !joiner)
            {
                break;
            }
            take++;
        }
        if (take == 0)
        {
            return null;
        }
        var place = string.Join(' ', words[^take..]).Trim('-', ' ', ',');
        // Upper-case headers ("HÀ NỘI") and joined codes ("PTĐTHà") are tidied; OCR digits are not a place.
        var joined = Regex.Match(place, @"^[\p{Lu}]{2,}([\p{Lu}][\p{Ll}].*)$");
        if (joined.Success)
        {
            place = joined.Groups[1].Value;
        }
        place = CodeBefore().Replace(place, "");
        if (place.Any(char.IsDigit) || place.Length < 2)
        {
            return null;
        }
        // OCR drops tone marks and adds stray marks in names ("Ha Nội", "Lào:Cai"): provinces are a closed list.
        return HeaderVocabulary.Province(place) ?? VietnameseCase.ToNormalCase(place);
    }

    // A match starts at its punctuation or at the first space of its run (the leftmost start "[,.;:]?\s*" found),
    // so no attempt starts inside a run of spaces: that rescan made a long blank line quadratic (speed work).
    [GeneratedRegex(@"(?:[,.;:]|(?<![\s,.;:]))\s*ngay(?=\s*[\d(a-z/|_.\-]|\w)")]
    private static partial Regex PlaceComma();

    [GeneratedRegex(@",[^,\n]{0,30}?\bn[a]m\s*\d{4}")]
    private static partial Regex CommaYear();

    // The tail of an unreadable ký hiệu left before the place ("KTTH Hà Nội"): capitals before a title-case name.
    [GeneratedRegex(@"^(?:[\p{Lu}\d]{2,}[\-/]?\s+)+(?=[\p{Lu}][\p{Ll}])")]
    private static partial Regex CodeBefore();
}

/// <summary>The place and issue date from the header; <see cref="Date"/> is null when the text is unreadable.</summary>
public sealed record PlaceAndDate(string? Place, DateOnly? Date, string Raw, int Start);
