using System.Text;

namespace DonDoc.Letters.Text;

/// <summary>
/// Turns raw input (web copy, markdown, OCR) into the text the recognisers read: NFC-normalised, with
/// formatting debris blanked out. Debris is replaced by spaces, never removed, so every offset in the
/// cleaned text is an offset in the NFC input: evidence can point back at what the person sees.
/// </summary>
public static class TextCleaner
{
    public static string Normalize(string raw)
    {
        var nfc = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        return nfc.Replace("\r\n", " \n").Replace('\r', '\n');
    }

    // Cleaned in place in the new string's own buffer: a 1 MB input costs one 2 MB copy, not two.
    public static string Clean(string nfc) => string.Create(nfc.Length, nfc, static (chars, source) =>
    {
        source.CopyTo(chars);
        BlankStrikethrough(chars);
        GazetteHeader.Blank(chars);
        // A markdown heading mark: '#' with only spaces and marks before it on its line. Tracked as we go,
        // not looked up backwards, so a line of a million '#' costs a million steps.
        var atLineStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            switch (c)
            {
                case '*' or '|' or '_' or '`' or '\t' or '\u00A0' or '\u200B' or '\uFEFF' or '\f':
                    chars[i] = c == '\f' ? '\n' : ' ';
                    break;
                case '–' or '—' or '−':
                    chars[i] = '-';
                    break;
                // A PDF font quirk: Ƣ/ƣ (U+01A2/U+01A3, "oi") stands for Ư/ư ("ĐƢỜNG", "trƣớc").
                case 'Ƣ':
                    chars[i] = 'Ư';
                    break;
                case 'ƣ':
                    chars[i] = 'ư';
                    break;
                case '#' when atLineStart:
                    chars[i] = ' ';
                    break;
            }
            atLineStart = chars[i] == '\n' || (atLineStart && chars[i] is ' ' or '#');
        }
        FixCaseInsideWords(chars);
    });

    // "~~5176~~ 5176": web copies strike out a wrong value and print the right one next to it.
    private static void BlankStrikethrough(Span<char> chars)
    {
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] != '~' || chars[i + 1] != '~')
            {
                continue;
            }
            var end = IndexOf(chars, "~~", i + 2, 200);
            if (end < 0)
            {
                chars[i] = chars[i + 1] = ' ';
                continue;
            }
            for (var k = i; k < end + 2; k++)
            {
                if (chars[k] != '\n')
                {
                    chars[k] = ' ';
                }
            }
            i = end + 1;
        }
    }

    private static int IndexOf(Span<char> chars, string what, int from, int window)
    {
        var limit = Math.Min(chars.Length - what.Length, from + window);
        for (var i = from; i <= limit; i++)
        {
            if (chars[i] == what[0] && chars[i + 1] == what[1])
            {
                return i;
            }
        }
        return -1;
    }

    // OCR and web copies put capitals inside words ("ThỦ tướng", "ưƠng"): a capital preceded by a lower-case
    // letter of the same word is lowered. All-capital words ("BỘ") and codes ("QĐ-TTg", "PTĐTHà") are left
    // alone: a code's capitals follow capitals, and a camel-cased join is split later by the recognisers.
    // Lowering a letter keeps it a letter and leaves digits, spaces and '/', '-', '&' alone, so where a word
    // starts and whether a run holds a code character are known once per word, not rescanned per capital
    // (a 1 MB "aBaB…" would otherwise take minutes).
    private static void FixCaseInsideWords(Span<char> chars)
    {
        var lastCapital = 0;        // the last capital looked at, and the first letter of its word
        var lastWordStart = 0;
        var runEnd = -1;            // the end of the non-space run whose code test is cached
        var runIsCode = false;
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            var c = chars[i];
            if (!char.IsUpper(c) || !char.IsLower(chars[i - 1]))
            {
                continue;
            }
            // The word's first letter: back over letters, or the last capital's when the word reaches it.
            // The first letter is never lowered (nothing of its word stands before it).
            var k = i - 1;
            while (k > lastCapital && char.IsLetter(chars[k - 1]))
            {
                k--;
            }
            var wordStart = k == lastCapital && lastCapital > 0 ? lastWordStart : k;
            (lastCapital, lastWordStart) = (i, wordStart);
            var nextLower = char.IsLower(chars[i + 1]);
            var wordStartsUpper = char.IsUpper(chars[wordStart]);
            if (wordStartsUpper && (nextLower || !char.IsLetter(chars[i + 1])))
            {
                // "ThỦ tướng": T h Ủ → lower Ủ when the word started with one capital then lower letters.
                if (i >= runEnd)
                {
                    (runEnd, runIsCode) = CodeRun(chars, i);
                }
                if (!runIsCode)
                {
                    chars[i] = char.ToLowerInvariant(c);
                }
            }
            else if (!wordStartsUpper && nextLower)
            {
                // "ưƠng": lower-case word with a stray capital in the middle.
                chars[i] = char.ToLowerInvariant(c);
            }
        }
    }

    // Codes such as "QĐ-TTg", "TTr", "CTr", "QyĐ" live next to a slash or hyphen: the end of the non-space run
    // holding i, and whether that run has a '/', '-', '&' or digit.
    private static (int End, bool IsCode) CodeRun(Span<char> chars, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(chars[start - 1]))
        {
            start--;
        }
        var end = i;
        while (end < chars.Length && !char.IsWhiteSpace(chars[end]))
        {
            end++;
        }
        for (var k = start; k < end; k++)
        {
            if (chars[k] is '/' or '-' or '&' || char.IsDigit(chars[k]))
            {
                return (end, true);
            }
        }
        return (end, false);
    }
}
