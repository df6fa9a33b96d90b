using System.Globalization;
using System.Text;
using DonDoc.Letters;

namespace DonDoc.App.Ingestion;

/// <summary>
/// Who issued a letter, under which số/ký hiệu, in which year: the same paper scanned twice, or a news copy of a
/// known letter, has the same identity, so its tasks are stored once. <see cref="LetterId"/> is readable
/// ("2025-5802-vpcp-cn-van-phong-chinh-phu") and safe as a blob folder and a table key.
/// </summary>
public sealed record LetterIdentity(string Number, string Issuer, int Year)
{
    public string LetterId => Slug($"{Year}-{Number}-{Issuer}", 120);

    /// <summary>The identity of a read letter, or null when its number or year is unknown (then only the content hash identifies it).</summary>
    public static LetterIdentity? Of(Letter letter)
    {
        if (string.IsNullOrWhiteSpace(letter.Number)) return null;
        var year = letter.IssuedOn?.Year ?? YearInNumber(letter.Number);
        if (year is null) return null;
        var number = Canonical(letter.Number).ToUpperInvariant();
        var issuer = Canonical(letter.Issuer ?? "");
        return new LetterIdentity(number, issuer.Length == 0 ? "?" : issuer, year.Value);
    }

    /// <summary>The id used when a letter has no identity: the first 20 hex digits of its content hash.</summary>
    public static string FromHash(string contentHash) => "h-" + contentHash[..20];

    // "123/2025/QĐ-UBND" carries its year; most công văn numbers do not.
    private static int? YearInNumber(string number)
    {
        foreach (var part in number.Split('/', '-'))
            if (part.Length == 4 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
                return y;
        return null;
    }

    private static string Canonical(string s) => string.Join(' ', s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-case ASCII letters, digits and single dashes; Vietnamese letters lose their marks, đ becomes d.</summary>
    public static string Slug(string text, int maxLength)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= maxLength) break;
        }
        return sb.ToString().Trim('-');
    }
}
