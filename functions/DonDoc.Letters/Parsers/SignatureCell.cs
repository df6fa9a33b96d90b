using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// A whole signature block on one line, as web copies render the footer table cell:
/// "| KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |", "| THỦ TƯỚNG     Phạm Minh Chính |",
/// "TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG CỤC … PHÓ CỤC TRƯỞNG     Lưu Đức Huy". The name (capitalised words, the
/// only lower-case letters of the cell) follows the upper-case block;
/// before it stand the authority prefixes and titles with their line breaks lost. When prefixes nest
/// ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "TL. … KT. …") the authority is the outer (first) prefix, as
/// <see cref="SignatureBlock"/> reads the printed block (tests/corpus/README.md, "Nested authority prefixes"); the signer's title is the last title phrase after
/// the last prefix ("PHÓ CHỦ NHIỆM"), while titles joined by a comma ("BỘ TRƯỞNG, CHỦ NHIỆM") are one title.
/// </summary>
public static partial class SignatureCell
{
    /// <summary>Reads a one-line block, or null when the cell is not "&lt;upper-case titles&gt;   &lt;Name&gt;".</summary>
    public static (string? Title, string Name, string? Authority)? Read(string cell)
    {
        if (cell.Length > 600)
        {
            return null;
        }
        // Web copies put "(Đã ký)" where the signature stands ("PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn An").
        cell = SignedMark().Replace(cell, "  ");
        var m = BlockAndName().Match(cell);
        if (!m.Success || !VietnameseCase.IsUpper(m.Groups["block"].Value))
        {
            return null;
        }
        // The name stands alone after the titles, so a surname such as "Lưu" is not the "Lưu: VT" of Nơi nhận.
        var name = Spaces.Collapse(m.Groups["name"].Value);
        var block = m.Groups["block"].Value;
        string? authority = null;
        var afterPrefix = 0;
        foreach (Match p in SignatureParser.PrefixPattern().Matches(block))
        {
            authority ??= SignatureParser.Prefix(p.Groups["prefix"].Value);
            afterPrefix = p.Index + p.Length;
        }
        var titles = block[afterPrefix..];
        if (authority is null && !TitleStart().IsMatch(Folding.Fold(titles)))
        {
            return null;
        }
        var title = SignerTitle(titles);
        return (title is null ? null : VietnameseCase.ToNormalCase(Spaces.Tidy(title)), name, authority);
    }

    /// <summary>The last title phrase of "BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM" (a phrase after a comma continues the one before).</summary>
    public static string? SignerTitle(string titles)
    {
        var folded = Folding.Fold(titles);
        var start = 0;
        foreach (Match t in TitleStart().Matches(folded))
        {
            var before = folded[..t.Index].TrimEnd();
            if (t.Index > 0 && before.Length > 0 && !before.EndsWith(','))
            {
                start = t.Index;
            }
        }
        var title = Spaces.Tidy(titles[start..]);
        return title.Length == 0 ? null : title;
    }

    [GeneratedRegex(@"[(\[]\s*(?:đã|da)\s+(?:ký|ky)[^)\]]{0,30}[)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    [GeneratedRegex(@"^\s*(?<block>[\p{Lu}][\p{Lu}\s,./\-]{1,400}?)\s+(?<name>[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){1,4})\s*$")]
    private static partial Regex BlockAndName();

    [GeneratedRegex(@"(?<!\p{L})(?:pho\s+)?(?:thu\s+tuong|bo\s+truong|chu\s+tich|tong\s+giam\s+doc|giam\s+doc|chanh\s+van\s+phong|chanh\s+thanh\s+tra|tong\s+cuc\s+truong|chi\s+cuc\s+truong|cuc\s+truong|vu\s+truong|chu\s+nhiem|truong\s+ban|bi\s+thu|vien\s+truong|hieu\s+truong|chanh\s+an|tong\s+thu\s+ky|thu\s+truong|truong\s+phong|thong\s+doc|tong\s+kiem\s+toan|chu\s+tich\s+nuoc)(?!\p{L})")]
    private static partial Regex TitleStart();
}
