using System.Text.RegularExpressions;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Writes a số + ký hiệu read from text the way it is issued (Phụ lục I mục 3; Phụ lục III abbreviations),
/// undoing what PDF extraction and OCR do to codes without guessing at anything a code could legitimately hold.
/// </summary>
public static partial class DocumentCode
{
    private const string Cyrillic = "АВСЕНКМОРТХ";
    private const string LatinTwins = "ABCEHKMOPTX";

    /// <summary>The code as issued: "ВСТ" → "BCT", "QD" → "QĐ", "NĐ-CE" → "NĐ-CP", "42/2024/QH151" → "42/2024/QH15".</summary>
    public static string Normalize(string code)
    {
        var chars = code.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            // PDFs set some capitals in Cyrillic look-alikes ("ВСТ-ВТC"), and OCR reads Đ as the Icelandic Ð.
            var at = Cyrillic.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[i] = LatinTwins[at];
            }
            else if (chars[i] == 'Ð')
            {
                chars[i] = 'Đ';
            }
        }
        var s = new string(chars);
        // No abbreviation of Phụ lục III is "QD" or "ND": they are QĐ (quyết định) and NĐ (nghị định) without the bar
        // (or with the Đ read twice, "QĐÐ").
        s = AsciiType().Replace(s, m => m.Groups[1].Value + (m.Groups[2].Value == "Q" ? "QĐ" : "NĐ"));
        // A legal document's number carries its year (Luật Ban hành VBQPPL): the issuer's code after it ends in a
        // letter, but a footnote mark printed against it in a PDF adds digits ("NĐ-CP2", "TT-BGTVT4"); the National
        // Assembly's code keeps its term ("QH15" of "QH151").
        if (YearNumber().IsMatch(s))
        {
            s = WithoutFootnote(s);
        }
        // OCR puts a speck next to a hyphen ("BKHCN-.ĐP") and reads the National Assembly's term with an I ("QHI15").
        s = DotAtHyphen().Replace(s, "");
        s = TermWithI().Replace(s, "QH$1");
        // … and the second T of a tờ trình's "TTr" as I ("4387/TIR-BXD").
        s = SubmissionWithI().Replace(s, "TTr");
        // Only the Government issues nghị định: its ký hiệu is always NĐ-CP, whatever OCR made of the issuer
        // ("NĐ-CE", "NĐ-GP", "NĐ-CCP", "NĐ" cut at a line end).
        return DecreeIssuer().Replace(s, "NĐ-CP");
    }

    private static string WithoutFootnote(string s)
    {
        var cut = s.LastIndexOfAny(['/', '-']) + 1;
        var last = s[cut..];
        var letters = 0;
        while (letters < last.Length && char.IsLetter(last[letters]))
        {
            letters++;
        }
        if (letters == 0 || letters == last.Length || !last[letters..].All(char.IsAsciiDigit))
        {
            return s;
        }
        var keep = last.StartsWith("QH", StringComparison.Ordinal) ? Math.Min(last.Length, letters + 2) : letters;
        return s[..(cut + keep)];
    }

    [GeneratedRegex(@"(^|[/\-])([QN])(?:D|ĐĐ)(?=-|$)")]
    private static partial Regex AsciiType();

    [GeneratedRegex(@"(?:(?<=^|/)NĐ(?:-\p{Lu}{1,3}(?:-\p{Lu})?)?|NĐ-C\p{Lu}?)$")]
    private static partial Regex DecreeIssuer();

    [GeneratedRegex(@"(?<=[\-/])\.+|\.+(?=[\-/])")]
    private static partial Regex DotAtHyphen();

    [GeneratedRegex(@"(?<=/)T[Il1|][Rr](?=-)")]
    private static partial Regex SubmissionWithI();

    [GeneratedRegex(@"QH[Il|](\d{2})$")]
    private static partial Regex TermWithI();

    [GeneratedRegex(@"^\d+/\d{4}/")]
    private static partial Regex YearNumber();
}
