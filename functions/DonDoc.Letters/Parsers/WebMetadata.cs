using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The attribute table that web copies of letters put above the text ("Số hiệu | 382/TB-VPCP |",
/// "Người ký | Trần Văn Sơn |") and their title line ("Thông báo 382/TB-VPCP năm 2025 kết luận … do Văn
/// phòng Chính phủ ban hành"). Used where the letter's own header lost a value, never over it.
/// </summary>
public sealed partial record WebMetadata(
    string? Number, DateOnly? IssuedOn, DocType? DocType, string? Issuer, string? Signer, string? Urgency, string? TitleSubject)
{
    public static WebMetadata? Read(LetterText text)
    {
        string? number = null, issuer = null, signer = null, urgency = null, subject = null;
        DateOnly? issued = null;
        DocType? type = null;
        var any = false;
        var lines = text.Original.Split('\n');
        for (var i = 0; i < lines.Length && i < 40; i++)
        {
            var m = Row().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }
            var label = Spaces.Collapse(Folding.Fold(m.Groups["label"].Value));
            var value = Spaces.Tidy(m.Groups["value"].Value, " |.;");
            if (value.Length == 0)
            {
                continue;
            }
            any = true;
            switch (label)
            {
                case "so hieu": number = value.Replace(" ", ""); break;
                case "ngay ban hanh": issued = VietnameseDates.ReadAt(Folding.Fold(value), 0, false)?.ToDate(); break;
                case "loai van ban": type = DocTypeParser.FromName(value); break;
                case "co quan ban hanh" or "noi ban hanh": issuer ??= value; break;
                case "nguoi ky": signer = value; break;
                case "do khan": urgency = value; break;
            }
        }
        if (!any)
        {
            return null;
        }
        if (number is not null && lines.Length > 0)
        {
            subject = SubjectFromTitle(lines, number);
        }
        return new WebMetadata(number, issued, type, issuer, signer, urgency, subject);
    }

    // "Thông báo 382/TB-VPCP năm 2025 kết luận của … do Văn phòng Chính phủ ban hành" → "Kết luận của …".
    private static string? SubjectFromTitle(string[] lines, string number)
    {
        for (var i = 0; i < lines.Length && i < 5; i++)
        {
            var line = Spaces.Collapse(lines[i]);
            var at = line.IndexOf(number, StringComparison.Ordinal);
            if (at < 0 || line.Contains('|'))
            {
                continue;
            }
            var rest = line[(at + number.Length)..];
            rest = Year().Replace(rest, "", 1);
            var by = rest.LastIndexOf(" do ", StringComparison.Ordinal);
            if (by > 0 && Folding.Fold(rest).EndsWith("ban hanh", StringComparison.Ordinal))
            {
                rest = rest[..by];
            }
            rest = Spaces.Tidy(rest);
            return rest.Length > 3 ? VietnameseCase.Capitalize(rest) : null;
        }
        return null;
    }

    // "\s*(?:\|\s*)?", not "\s*\|?\s*": two loops over the same spaces made a long blank line quadratic (speed work).
    [GeneratedRegex(@"^\s*(?:\|\s*)?(?<label>Số hiệu|Ngày ban hành|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Độ khẩn)\s*[|:]\s*(?<value>[^|\n]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Row();

    [GeneratedRegex(@"^\s*năm\s+\d{4}\s*")]
    private static partial Regex Year();
}
