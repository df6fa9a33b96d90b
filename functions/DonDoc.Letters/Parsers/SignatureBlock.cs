using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads a signature block printed over several lines (Phụ lục I mục 7): authority prefixes with the head's
/// title ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"), the signer's own title, then — below the seal — the name.
/// In OCR and pdftotext of a two-column footer these sit at the right end of the "Nơi nhận" lines
/// ("- Như trên; PHÓ CHỦ TỊCH") and the name often comes after the whole distribution list.
/// </summary>
public static partial class SignatureBlock
{
    private const int MaxLines = 32;

    /// <summary>
    /// Reads the block from line <paramref name="firstLine"/>: from <paramref name="start"/> when that is where
    /// its authority prefix stands, else (a bare title) from the right-hand part of the line.
    /// </summary>
    public static SignatureReading Read(LetterText text, int firstLine, int start, bool atPrefix)
    {
        var prefixes = new List<(string Prefix, string Head)>();
        string? title = null;
        string? lastFragment = null;
        string? name = null;
        var end = text.Lines[firstLine].End;
        for (var k = firstLine; k < text.Lines.Count && k < firstLine + MaxLines; k++)
        {
            var line = text.Lines[k];
            var raw = k == firstLine ? text.Text[start..line.End] : text.Text.Substring(line.Start, line.Length);
            if (k > firstLine && raw.TrimStart().StartsWith("--- PAGE BREAK", StringComparison.Ordinal) && name is null && title is not null)
            {
                break;
            }
            var fragment = k == firstLine && atPrefix ? UpperRun(raw) ?? Spaces.Tidy(raw) : RightFragment(raw);
            if (fragment is not null)
            {
                foreach (var (prefix, words) in Pieces(fragment))
                {
                    if (prefix is not null)
                    {
                        prefixes.Add((prefix, words));
                        title = null;
                    }
                    else if (lastFragment is not null && JoinsTitle(lastFragment, words) && SignerTitles.Exact(lastFragment + " " + words) is { } joined)
                    {
                        title = joined; // "BỘ TRƯỞNG, CHỦ" / "NHIỆM": a web table cell split in two
                    }
                    else if (SignerTitles.Match(words) is { } t)
                    {
                        title = t;
                    }
                    else if (prefixes.Count > 0 && title is null && BodyName().IsMatch(Folding.Fold(words)))
                    {
                        prefixes[^1] = (prefixes[^1].Prefix, prefixes[^1].Head + " " + words); // "KT. CỤC TRƯỞNG" / "CỤC THANH TRA"
                    }
                    lastFragment = words;
                }
                end = line.End;
                continue;
            }
            if (k > firstLine && SignerName.Find(raw) is { } person)
            {
                name = person;
                end = line.End;
                break;
            }
        }
        return new SignatureReading(name, Resolve(title, prefixes), prefixes.Count > 0 ? prefixes[0].Prefix : null, start, end);
    }

    /// <summary>
    /// The signer's title: the printed one; under "KT." a deputy's (a head's title there is the seal or the scan
    /// hiding "PHÓ"); under "TM." of a people's committee or the Government its chair's when no title survives.
    /// The authority reported is the outer prefix, the one that says on whose behalf the letter is issued.
    /// </summary>
    private static string? Resolve(string? title, List<(string Prefix, string Head)> prefixes)
    {
        if (prefixes.Count == 0)
        {
            return title;
        }
        var (prefix, head) = prefixes[^1];
        if (prefix == "KT")
        {
            return SignerTitles.UnderKt(title, head);
        }
        if (title is null && prefix == "TM")
        {
            var folded = Folding.Fold(head);
            return folded.Contains("nhan dan") ? "Chủ tịch" : folded.Contains("chinh phu") ? "Thủ tướng" : null;
        }
        return title;
    }

    private static bool JoinsTitle(string previous, string next) =>
        !next.Contains(' ') && previous.TrimEnd().Split(' ')[^1].Length <= 4;

    // A fragment split at its authority prefixes: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" → (TM, ỦY BAN NHÂN DÂN), (KT, CHỦ TỊCH).
    private static IEnumerable<(string? Prefix, string Words)> Pieces(string fragment)
    {
        var at = 0;
        string? prefix = null;
        foreach (Match m in SignatureParser.PrefixPattern().Matches(fragment))
        {
            var before = Spaces.Tidy(fragment[at..m.Index]);
            if (before.Length > 0)
            {
                yield return (prefix, before);
            }
            prefix = SignatureParser.Prefix(m.Groups["prefix"].Value);
            at = m.Index + m.Length;
        }
        var rest = Spaces.Tidy(fragment[at..]);
        if (rest.Length > 0 || prefix is not null)
        {
            yield return (prefix, rest);
        }
    }

    /// <summary>
    /// The upper-case text at the right end of a line, once the "Nơi nhận" item on its left (up to its last
    /// ";", ":", ")" or a wide gap) and OCR debris are cut off: "- Như trên; ^ PHÓ CHỦ TỊCH" → "PHÓ CHỦ TỊCH".
    /// </summary>
    public static string? RightFragment(string raw)
    {
        var s = raw.TrimEnd();
        var gap = s.LastIndexOf("   ", StringComparison.Ordinal);
        if (gap > 0 && s[..gap].Trim().Length > 0)
        {
            s = s[(gap + 3)..];
        }
        var cut = s.LastIndexOfAny([';', ':', ')']);
        return UpperRun(cut >= 0 ? s[(cut + 1)..] : s);
    }

    // The run of upper-case words that ends a line, trailing debris dropped. Walks back from the end, so a long
    // body line costs only its last words.
    private static string? UpperRun(string s)
    {
        var end = s.Length;
        var runStart = -1;
        var runEnd = -1;
        for (var i = s.Length; i > 0;)
        {
            while (i > 0 && char.IsWhiteSpace(s[i - 1]))
            {
                i--;
            }
            var wordEnd = i;
            while (i > 0 && !char.IsWhiteSpace(s[i - 1]))
            {
                i--;
            }
            if (wordEnd == i)
            {
                break;
            }
            var word = s.AsSpan(i, wordEnd - i);
            if (runEnd < 0 && !HasLetter(word))
            {
                continue; // debris after the title
            }
            if (!UpperWord(word))
            {
                break;
            }
            runEnd = runEnd < 0 ? wordEnd : runEnd;
            runStart = i;
        }
        if (runStart < 0)
        {
            return null;
        }
        // "J#HÓ": the letters after debris inside the first word.
        var lead = runStart;
        var firstEnd = runStart;
        while (firstEnd < runEnd && !char.IsWhiteSpace(s[firstEnd]))
        {
            firstEnd++;
        }
        for (var k = firstEnd; k > runStart; k--)
        {
            if (!(char.IsLetter(s[k - 1]) || s[k - 1] is '.' or '/' or ':' or ','))
            {
                lead = k;
                break;
            }
        }
        var fragment = Spaces.Tidy(s[lead..runEnd]);
        return fragment.Count(char.IsLetter) >= 2 && !Folding.Fold(fragment).Contains("noi nhan") ? fragment : null;
    }

    private static bool HasLetter(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // A word of an upper-case title line: capitals, or a prefix "KT." / "T/M", or a joining "-"; debris before
    // the capitals is allowed ("J#HÓ").
    private static bool UpperWord(ReadOnlySpan<char> w)
    {
        if (w is "-")
        {
            return true;
        }
        var core = w.TrimEnd(",.:");
        var i = core.Length;
        var letters = 0;
        while (i > 0 && (char.IsLetter(core[i - 1]) || core[i - 1] == '/'))
        {
            if (char.IsLetter(core[i - 1]))
            {
                if (!char.IsUpper(core[i - 1]))
                {
                    return false;
                }
                letters++;
            }
            i--;
        }
        if (letters == 0)
        {
            return false;
        }
        if (i == 0)
        {
            return true;
        }
        foreach (var c in core[..i])
        {
            if (!char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^(?:cuc|vu|so|ban|van phong|phong|chi cuc|tong cuc|uy ban|thanh tra|vien)\b")]
    private static partial Regex BodyName();
}
