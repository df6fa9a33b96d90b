using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the urgency and secrecy stamps printed near the number (Phụ lục I mục 10): HỎA TỐC, THƯỢNG KHẨN,
/// KHẨN; TUYỆT MẬT, TỐI MẬT, MẬT. Only upper-case stamps count: "khẩn trương" in a sentence is not a stamp.
/// </summary>
public static partial class MarkingParser
{
    public static (string? Urgency, string? Secrecy) Read(LetterText text, HeaderRegion header, WebMetadata? web)
    {
        string? urgency = null;
        string? secrecy = null;
        var region = text.Text[..header.EndOffset];
        foreach (Match m in Stamp().Matches(region))
        {
            var folded = Folding.Fold(m.Value).Replace(" ", "");
            if (InsideUpperRun(region, m))
            {
                continue;
            }
            switch (folded)
            {
                case "hoatoc": urgency ??= "HỎA TỐC"; break;
                case "thuongkhan": urgency ??= "THƯỢNG KHẨN"; break;
                case "khan": urgency ??= "KHẨN"; break;
                case "tuyetmat": secrecy ??= "TUYỆT MẬT"; break;
                case "toimat": secrecy ??= "TỐI MẬT"; break;
                case "mat": secrecy ??= "MẬT"; break;
            }
        }
        if (urgency is null && web?.Urgency is { } u && Folding.Fold(u) is var fu && fu.Contains("khan"))
        {
            urgency = fu.Contains("thuong") ? "THƯỢNG KHẨN" : fu.Contains("hoa toc") ? "HỎA TỐC" : "KHẨN";
        }
        return (urgency, secrecy);
    }

    // A stamp stands alone, not inside an upper-case name or title ("BAN CƠ YẾU … MẬT …").
    private static bool InsideUpperRun(string region, Match m)
    {
        var before = m.Index > 0 ? region[m.Index - 1] : '\n';
        var after = m.Index + m.Length < region.Length ? region[m.Index + m.Length] : '\n';
        var wordBefore = before == ' ' && m.Index > 1 && char.IsUpper(region[m.Index - 2]);
        var wordAfter = after == ' ' && m.Index + m.Length + 1 < region.Length && char.IsUpper(region[m.Index + m.Length + 1]);
        return wordBefore || wordAfter;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:H[OỎ]A\s*T[OỐ]C|HOẢ\s*TỐC|THƯỢNG\s*KHẨN|KHẨN|TUYỆT\s*MẬT|TỐI\s*MẬT|MẬT)(?![\p{L}])")]
    private static partial Regex Stamp();
}
