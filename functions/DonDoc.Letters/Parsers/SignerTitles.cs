using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The titles a signer of an official letter holds (Phụ lục I mục 7: "chức vụ của người ký"), to tell a title
/// line from OCR debris in the signature column and to restore one the seal or the scan damaged
/// ("PHO CHỤU TỊCH", "J#HÓ CHỦ TỊCH" → Phó Chủ tịch). A signer under "KT." is the head's deputy (mục 7b: "cấp
/// phó ký thay cấp trưởng"), so that title follows from the head's when its own line is lost.
/// </summary>
public static partial class SignerTitles
{
    // Longest first, so "Phó Chủ tịch" wins over "Chủ tịch" and "Bộ trưởng, Chủ nhiệm" over "Bộ trưởng".
    private static readonly string[] Known =
    [
        "Phó Chánh Văn phòng", "Phó Chánh Thanh tra", "Phó Tổng cục trưởng", "Phó Bí thư Thường trực",
        "Bộ trưởng, Chủ nhiệm", "Phó Chi cục trưởng", "Phó Tổng Giám đốc", "Phó Trưởng phòng", "Phó Trưởng đoàn",
        "Phó Trưởng ban", "Phó Cục trưởng", "Phó Giám đốc", "Phó Chủ nhiệm", "Phó Thủ tướng", "Phó Vụ trưởng",
        "Phó Thống đốc", "Phó Viện trưởng", "Phó Hiệu trưởng", "Phó Chánh án", "Phó Chủ tịch", "Phó Bí thư",
        "Chánh Văn phòng", "Chánh Thanh tra", "Tổng cục trưởng", "Chi cục trưởng", "Tổng Giám đốc", "Tổng Kiểm toán",
        "Tổng Thư ký", "Chủ tịch nước", "Trưởng phòng", "Trưởng đoàn", "Trưởng ban", "Cục trưởng", "Giám đốc",
        "Chủ nhiệm", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Vụ trưởng", "Thống đốc", "Viện trưởng",
        "Hiệu trưởng", "Chánh án", "Chủ tịch", "Bí thư", "Tổ trưởng",
    ];

    private static readonly (string Folded, string Written, int Words)[] ByFolded =
        [.. Known.Select(k => Spaces.Collapse(Folding.Fold(k).Replace(",", "")) is var f ? (f, k, f.Split(' ').Length) : default)
            .OrderByDescending(k => k.Item1.Length)];

    private static readonly int MostWords = ByFolded.Max(k => k.Words);

    /// <summary>
    /// The title a signature-column fragment names, tolerating OCR damage (one wrong letter in five), with any
    /// body name after it kept ("PHÓ CỤC TRƯỞNG CỤC THANH TRA" → "Phó Cục trưởng Cục thanh tra"); null when the
    /// fragment is no title.
    /// </summary>
    public static string? Match(string fragment)
    {
        var words = Spaces.Collapse(fragment.Replace(",", " ")).Split(' ');
        // The fragment's first 1…n words, folded once.
        var heads = new string[Math.Min(words.Length, MostWords) + 1];
        for (var n = 1; n < heads.Length; n++)
        {
            heads[n] = Folding.Fold(string.Join(' ', words, 0, n));
        }
        string? best = null;
        var bestWords = 0;
        var bestDistance = int.MaxValue;
        foreach (var (key, written, keyWords) in ByFolded)
        {
            if (words.Length < keyWords)
            {
                continue;
            }
            var head = heads[keyWords];
            var allowed = key.Length / 5;
            var distance = Distance(head, key, allowed);
            // The closest title wins ("THU TƯỜNG" is Thủ tướng, not Thứ trưởng); on a tie the longer one.
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestWords, bestDistance) = (written, keyWords, distance);
            }
        }
        if (best is null)
        {
            return null;
        }
        // What follows the title is kept when it names the body ("PHÓ CỤC TRƯỞNG CỤC THANH TRA"); a short tail
        // is debris of the seal or the left column ("PHÓ CHỦ TỊCH DI").
        var rest = string.Join(' ', words[bestWords..]);
        return BodyAfter().IsMatch(Folding.Fold(rest)) ? best + " " + VietnameseCase.ToNormalCase(rest) : best;
    }

    /// <summary>The title when the whole fragment is one ("BỘ TRƯỞNG, CHỦ NHIỆM"), else null.</summary>
    public static string? Exact(string fragment)
    {
        var title = Match(fragment);
        return title is not null && title.Split(' ').Length == Spaces.Collapse(fragment.Replace(",", " ")).Split(' ').Length ? title : null;
    }

    /// <summary>The lexicon title a fragment starts with, without what follows it.</summary>
    private static string? BaseTitle(string title)
    {
        var matched = Match(title);
        if (matched is null)
        {
            return null;
        }
        foreach (var k in Known)
        {
            if (matched.StartsWith(k, StringComparison.Ordinal) && (matched.Length == k.Length || matched[k.Length] == ' '))
            {
                return k;
            }
        }
        return matched;
    }

    /// <summary>
    /// The title a deputy under "KT. &lt;head&gt;" holds, from the printed one: a head's title there (the seal or
    /// the scan hid "PHÓ") or a deputy's title that lost a word ("PHO CỤC TRƯỞNG" under "KT. TỔNG CỤC TRƯỞNG")
    /// gives the head's deputy; null when nothing is printed gives the deputy too.
    /// </summary>
    public static string? UnderKt(string? printed, string head)
    {
        var deputy = Deputy(head);
        if (printed is null || deputy is null)
        {
            return printed ?? deputy;
        }
        if (IsHead(printed))
        {
            return deputy;
        }
        var deputyBase = BaseTitle(deputy);
        var printedBase = BaseTitle(printed);
        if (deputyBase is null || printedBase is null || deputyBase == printedBase || !LostWords(printedBase, deputyBase))
        {
            return printed;
        }
        return deputyBase + printed[printedBase.Length..];
    }

    // True when the words of `shorter` appear in order in `longer`, which has more of them.
    private static bool LostWords(string shorter, string longer)
    {
        var a = Folding.Fold(shorter).Split(' ');
        var b = Folding.Fold(longer).Split(' ');
        var j = 0;
        foreach (var w in b)
        {
            if (j < a.Length && a[j] == w)
            {
                j++;
            }
        }
        return j == a.Length && b.Length > a.Length;
    }

    /// <summary>True when the title is the head's own (no "Phó", not a Thứ trưởng): what a deputy under KT cannot be.</summary>
    public static bool IsHead(string title)
    {
        var f = Folding.Fold(title);
        return !f.StartsWith("pho ", StringComparison.Ordinal) && !f.StartsWith("thu truong", StringComparison.Ordinal);
    }

    /// <summary>
    /// The deputy's title under "KT. &lt;head&gt;": Bộ trưởng → Thứ trưởng, "Bộ trưởng, Chủ nhiệm" → Phó Chủ nhiệm,
    /// Chủ tịch → Phó Chủ tịch, Cục trưởng Cục X → Phó Cục trưởng Cục X; null when the head names no known title.
    /// </summary>
    public static string? Deputy(string head)
    {
        var title = Match(head);
        if (title is null)
        {
            return null;
        }
        if (title.StartsWith("Bộ trưởng, Chủ nhiệm", StringComparison.Ordinal))
        {
            return "Phó Chủ nhiệm" + title["Bộ trưởng, Chủ nhiệm".Length..];
        }
        if (title.StartsWith("Bộ trưởng", StringComparison.Ordinal))
        {
            return "Thứ trưởng" + title["Bộ trưởng".Length..];
        }
        return IsHead(title) ? "Phó " + title : title;
    }

    // Levenshtein distance, giving up once it exceeds the limit.
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > limit)
            {
                return limit + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"^(?:cuc|vu|so|ban|van phong|phong|chi cuc|tong cuc|uy ban|thanh tra|vien|bo)\s")]
    private static partial Regex BodyAfter();
}
