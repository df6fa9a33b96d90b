using System.Globalization;
using System.Text;
using DonDoc.Letters.Text;

namespace DonDoc.Reminders;

/// <summary>
/// The keys an agency name is matched on. <see cref="Exact"/>: NFC, lower case, punctuation and spacing
/// collapsed to single spaces, common abbreviations spelled out ("UBND" → "ủy ban nhân dân").
/// <see cref="Folded"/>: the same without diacritics, for OCR that lost or misplaced tone marks.
/// </summary>
internal static class AgencyName
{
    // Abbreviations that letters use inside longer names, so "UBND tỉnh Lào Cai" meets "Ủy ban nhân dân tỉnh
    // Lào Cai" without an alias for each province. Whole-name abbreviations ("BXD") belong in the directory.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = "ủy ban nhân dân",
        ["hđnd"] = "hội đồng nhân dân",
        ["hdnd"] = "hội đồng nhân dân",
        ["tp"] = "thành phố",
        ["tw"] = "trung ương",
    };

    // Leading titles dropped when the full name does not match: "Bộ trưởng Bộ Xây dựng", "Chủ tịch UBND tỉnh …".
    // Compared folded, so "Bo truong" from OCR is dropped as well.
    private static readonly string[] FoldedTitles =
    [
        "dong chi ", "pho chu tich ", "chu tich ", "bo truong ", "thu truong ", "pho giam doc ", "tong giam doc ",
        "giam doc ", "chu nhiem ", "tong cuc truong ", "cuc truong ", "vu truong ", "vien truong ",
        "chanh van phong ", "truong ban ", "lanh dao ",
    ];

    /// <summary>NFC, lower case, letters and digits only, single spaces, abbreviations expanded.</summary>
    public static string Exact(string name)
    {
        var nfc = name.Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in nfc)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            // A mark NFC could not compose (OCR debris) is dropped: it neither splits a word nor breaks
            // the one-char-per-char folding below.
            else if (word.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                AddWord(words, word);
            }
        }
        if (word.Length > 0)
        {
            AddWord(words, word);
        }
        return string.Join(' ', words);
    }

    /// <summary>The exact key without diacritics ("bộ xây dựng" → "bo xay dung").</summary>
    public static string Folded(string name) => FoldKey(Exact(name));

    /// <summary>Folds an exact key, one char for one char.</summary>
    public static string FoldKey(string exactKey) => Folding.Fold(exactKey);

    /// <summary>The exact key with leading titles removed, or null when it starts with none.</summary>
    public static string? WithoutTitle(string exactKey)
    {
        var key = exactKey;
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            var folded = FoldKey(key);
            foreach (var title in FoldedTitles)
            {
                // Folding keeps one char per char, so the title's length is the same in the exact key.
                if (folded.StartsWith(title, StringComparison.Ordinal) && folded.Length > title.Length)
                {
                    key = key[title.Length..];
                    stripped = true;
                    break;
                }
            }
        }
        return ReferenceEquals(key, exactKey) ? null : key;
    }

    private static void AddWord(List<string> words, StringBuilder word)
    {
        var w = word.ToString();
        words.Add(Abbreviations.GetValueOrDefault(w, w));
        word.Clear();
    }
}
