using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DonDoc.Letters.Text;

/// <summary>
/// Writes upper-case header text ("BỘ XÂY DỰNG", "PHÓ CHỦ NHIỆM") in normal Vietnamese case: the first word
/// capitalised, place names after an administrative unit word title-cased ("tỉnh Quảng Nam"), and a few
/// words that are always capitalised (Chính phủ, Trung ương, Việt Nam). Known agency names come from
/// <see cref="Parsers.AgencyNames"/> instead, which carry their official spelling.
/// </summary>
public static partial class VietnameseCase
{
    private static readonly TextInfo Vi = CultureInfo.GetCultureInfo("vi-VN").TextInfo;

    private static readonly string[] UnitWords = ["tỉnh", "thành phố", "tp.", "tp", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường"];

    private static readonly (string Folded, string Written)[] Always =
    [
        ("chinh phu", "Chính phủ"), ("trung uong", "Trung ương"), ("viet nam", "Việt Nam"), ("quoc hoi", "Quốc hội"),
        ("nha nuoc", "Nhà nước"), ("thu tuong", "Thủ tướng"), ("ha noi", "Hà Nội"), ("ho chi minh", "Hồ Chí Minh"),
    ];

    /// <summary>
    /// Writes a body's kind word that OCR or a typist left in capitals inside a normally written name in normal case:
    /// "BỘ Xây dựng" → "Bộ Xây dựng", "Các BỘ, ngành" → "Các Bộ, ngành"; an all-capital name stays as it is.
    /// </summary>
    public static string BodyKindWords(string s) => ShoutedKind().Replace(s, m => Capitalize(Vi.ToLower(m.Value)));

    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsUpper(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }

    /// <summary>Sentence case for a name or title; text already in mixed case is returned as it is.</summary>
    public static string ToNormalCase(string s)
    {
        s = Spaces.Collapse(s);
        if (!IsUpper(s))
        {
            return s;
        }
        var words = s.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Split(' ');
        var titleNext = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i == 0 || titleNext > 0 || (i > 0 && (Folding.Fold(words[i - 1]) is "pho" or "-" || words[i - 1].EndsWith(','))))
            {
                words[i] = Capitalize(w);
            }
            titleNext = Math.Max(0, titleNext - 1);
            foreach (var unit in UnitWords)
            {
                var parts = unit.Split(' ');
                if (i + 1 >= parts.Length && MatchesAt(words, i + 1 - parts.Length, parts))
                {
                    titleNext = 6; // place names run to the end of the name: "tỉnh Bà Rịa - Vũng Tàu"
                }
            }
        }
        var joined = string.Join(' ', words);
        return ApplyAlways(joined);
    }

    public static string Capitalize(string w) =>
        w.Length == 0 ? w : Vi.ToUpper(w[0]) + w[1..];

    private static bool MatchesAt(string[] words, int at, string[] parts)
    {
        for (var k = 0; k < parts.Length; k++)
        {
            if (!string.Equals(words[at + k], parts[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static string ApplyAlways(string s)
    {
        var folded = Folding.Fold(s);
        var sb = new StringBuilder(s);
        foreach (var (f, written) in Always)
        {
            for (var at = folded.IndexOf(f, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(f, at + 1, StringComparison.Ordinal))
            {
                var boundaryBefore = at == 0 || !char.IsLetter(folded[at - 1]);
                var boundaryAfter = at + f.Length == folded.Length || !char.IsLetter(folded[at + f.Length]);
                if (boundaryBefore && boundaryAfter)
                {
                    for (var k = 0; k < written.Length; k++)
                    {
                        sb[at + k] = written[k];
                    }
                }
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<!\p{L})(?:BỘ|SỞ|CỤC|VỤ|BAN|ỦY|ỦY BAN)(?=\s+\p{Lu}\p{Ll}|,\s*\p{Ll})")]
    private static partial Regex ShoutedKind();
}
