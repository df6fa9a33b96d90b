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

    public static string Clean(string nfc)
    {
        var chars = nfc.ToCharArray();
        BlankStrikethrough(chars);
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
                case '#' when AtLineStart(chars, i):
                    chars[i] = ' ';
                    break;
            }
        }
        FixCaseInsideWords(chars);
        return new string(chars);
    }

    // "~~5176~~ 5176": web copies strike out a wrong value and print the right one next to it.
    private static void BlankStrikethrough(char[] chars)
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

    private static int IndexOf(char[] chars, string what, int from, int window)
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

    private static bool AtLineStart(char[] chars, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (chars[k] == '\n')
            {
                return true;
            }
            if (chars[k] != ' ' && chars[k] != '#')
            {
                return false;
            }
        }
        return true;
    }

    // OCR and web copies put capitals inside words ("ThỦ tướng", "ưƠng"): a capital preceded by a lower-case
    // letter of the same word is lowered. All-capital words ("BỘ") and codes ("QĐ-TTg", "PTĐTHà") are left
    // alone: a code's capitals follow capitals, and a camel-cased join is split later by the recognisers.
    private static void FixCaseInsideWords(char[] chars)
    {
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            var c = chars[i];
            if (!char.IsUpper(c) || !char.IsLower(chars[i - 1]))
            {
                continue;
            }
            var nextLower = char.IsLower(chars[i + 1]);
            var wordStartsUpper = WordStartsUpper(chars, i);
            // "ThỦ tướng": T h Ủ → lower Ủ when the word started with one capital then lower letters.
            if (wordStartsUpper && (nextLower || !char.IsLetter(chars[i + 1])) && !LooksLikeCode(chars, i))
            {
                chars[i] = char.ToLowerInvariant(c);
            }
            else if (!wordStartsUpper && nextLower)
            {
                // "ưƠng": lower-case word with a stray capital in the middle.
                chars[i] = char.ToLowerInvariant(c);
            }
        }
    }

    private static bool WordStartsUpper(char[] chars, int i)
    {
        var k = i;
        while (k > 0 && char.IsLetter(chars[k - 1]))
        {
            k--;
        }
        return char.IsUpper(chars[k]);
    }

    // Codes such as "QĐ-TTg", "TTr", "CTr", "QyĐ" live next to a slash or hyphen.
    private static bool LooksLikeCode(char[] chars, int i)
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
                return true;
            }
        }
        return false;
    }
}
