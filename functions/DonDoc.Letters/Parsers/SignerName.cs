using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The signer's name under the signature (Phụ lục I mục 7c: "họ và tên" with no title before it): 2–5
/// capitalised words alone on their line. In OCR the seal leaves debris before it ("` Phan Trung Bá",
/// "ĂŠ Lưu Đức Huy") and a two-column footer puts it after a "Nơi nhận" item ("…; Nguyễn Tấn Dũng",
/// "- Lưu: VT, KS. Phạm Năng Chung"); then it must start with a family name. A name inside an item
/// ("- PTTgCP Trần Hồng Hà (để báo cáo);") is a recipient, not the signer.
/// </summary>
public static partial class SignerName
{
    /// <summary>The name on a line of the signature column, or null.</summary>
    public static string? Find(string raw)
    {
        // OCR reads a seal's edge between two words as a quote ("Lê“Công Thành").
        var s = QuoteBetweenWords().Replace(raw, " ").Trim().Trim('.', ',', ';', ':', '|');
        var m = NameTail().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var name = m.Value.Trim();
        var words = name.Split(' ');
        // Capitals before a mixed-case name are debris or a code ("ĂŠ Lữu Đức Huy", "KS Phạm Năng Chung").
        var debris = 0;
        while (!VietnameseCase.IsUpper(name) && debris < words.Length - 2 && VietnameseCase.IsUpper(words[debris]))
        {
            debris++;
        }
        words = words[debris..];
        name = string.Join(' ', words);
        // A seal's strokes read as letters mix the cases inside a word ("Š WjA"); a name's words never do.
        if (words.Length < 2 || words.Length > 5 || NotName().IsMatch(Folding.Fold(name)) || words.Any(MixedCase().IsMatch)
            || !words.All(VietnameseLetters))
        {
            return null;
        }
        var before = s[..^name.Length];
        // A "Nơi nhận" item starts with a dash (OCR: "~", "_", "+"); a name that closes it with ";" is a copy's
        // addressee ("~ PCT. Vương Thành Chung;"), not the signer.
        var item = raw.TrimStart() is { Length: > 0 } t && t[0] is '-' or '+' or '~' or '_' or '–' or '•';
        if (item && raw.TrimEnd().EndsWith(';'))
        {
            return null;
        }
        var whole = before.Trim().Length == 0 && !item;
        // After an item's end (";", "." or a column gap) or after seal debris with no word in it.
        var separated = before.EndsWith("  ", StringComparison.Ordinal) || EndsItem().IsMatch(before)
            || (!item && !before.Any(char.IsLower) && !before.Any(char.IsDigit));
        if (!whole && !(separated && Surnames.IsSurname(words[0])))
        {
            return null;
        }
        return VietnameseCase.IsUpper(name) ? string.Join(' ', words.Select(w => VietnameseCase.Capitalize(w.ToLowerInvariant()))) : name;
    }

    [GeneratedRegex(@"(?:^|(?<=[^\p{L}]))(?:[\p{Lu}][\p{Ll}\p{Lu}]*\s){1,4}[\p{Lu}][\p{Ll}\p{Lu}]*$")]
    private static partial Regex NameTail();

    // Letters of Vietnamese names: a–z without f, j, w, z, and đ, with Vietnamese marks only (no "Š", "Ž").
    private static bool VietnameseLetters(string word)
    {
        foreach (var c in word.Normalize(System.Text.NormalizationForm.FormD))
        {
            var ok = char.IsAsciiLetter(c) ? "fjwzFJWZ".IndexOf(c) < 0 : c is 'đ' or 'Đ' or '\'' or '\u0300' or '\u0301' or '\u0302' or '\u0303' or '\u0306' or '\u0309' or '\u031B' or '\u0323';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"(?<=\p{Ll})[“”""‘’`´](?=\p{Lu}\p{Ll})")]
    private static partial Regex QuoteBetweenWords();

    [GeneratedRegex(@"\p{Ll}\p{Lu}")]
    private static partial Regex MixedCase();

    [GeneratedRegex(@"[;.)]\s*$")]
    private static partial Regex EndsItem();

    [GeneratedRegex(@"\b(?:nhu tren|noi nhan|van thu|bo |so |ubnd|uy ban|cong hoa|viet nam|chinh phu|trung uong|thanh pho|ha noi|doc lap|ky boi|email|co quan|nhan dan)\b")]
    private static partial Regex NotName();
}
