using System.Globalization;
using System.Text;

namespace DonDoc.Letters.Text;

/// <summary>
/// Folds Vietnamese text to lower-case letters without diacritics ("Kính gửi" → "kinh gui", "Đ" → "d"),
/// one char for one char, so a match found in the folded text has the same offsets in the original.
/// OCR loses and misplaces tone marks; keywords are therefore matched folded.
/// </summary>
public static class Folding
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    private static char[] BuildTable()
    {
        // Covers Latin-1, Latin Extended-A/B and Latin Extended Additional (U+1E00–U+1EFF: ạ ả ấ … ỹ).
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = FoldSlow(c);
        }
        return table;
    }

    private static char FoldSlow(char c)
    {
        if (c is 'đ' or 'Đ' or 'ð' or 'Ð')
        {
            return 'd';
        }
        if (c is 'ƣ' or 'Ƣ')
        {
            return 'u';
        }
        if (char.IsSurrogate(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }
        return char.ToLowerInvariant(c);
    }
}
