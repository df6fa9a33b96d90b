using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Recognises a news item that describes a letter rather than the letter itself ("Ngày 15/8/2024, Văn
/// phòng Chính phủ ban hành Công văn 5802/VPCP-CN về …", seed 004; "Ngày 04/7/2025, Bộ Công thương ra Công
/// điện 4939/CĐ-BCT năm 2025 về việc …"), so the pipeline can see that it names an already known letter: the
/// number, issuer, date and subject it states.
/// </summary>
public static partial class NewsSummaryParser
{
    public static NewsSummary? Read(LetterText text)
    {
        var window = text.Folded[..Math.Min(text.Folded.Length, 3000)];
        var m = Issued().Match(window);
        if (!m.Success)
        {
            return null;
        }
        var date = VietnameseDates.ReadAt(text.Folded, m.Groups["date"].Index, allowYearless: false)?.ToDate();
        var codeAt = m.Groups["code"].Index;
        var reading = DocumentNumberParser.ParseCode(text.Text.Substring(codeAt, Math.Min(60, text.Text.Length - codeAt)), codeAt);
        if (reading?.Code is null)
        {
            return null;
        }
        var issuer = Spaces.Tidy(text.Text.Substring(m.Groups["issuer"].Index, m.Groups["issuer"].Length));
        var afterCode = reading.Start + reading.Length;
        var s = About().Match(text.Folded, afterCode);
        string? subject = null;
        if (s.Success)
        {
            var end = text.Text.IndexOfAny(['\n'], s.Index + s.Length);
            end = end < 0 ? text.Text.Length : end;
            subject = Spaces.Tidy(text.Text[(s.Index + s.Length)..end]);
        }
        return new NewsSummary(reading.Code, issuer, date, subject, DocTypeParser.FromName(m.Groups["type"].Value));
    }

    [GeneratedRegex(@"ngay\s*(?<date>\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})\s*,\s*(?<issuer>[^,.\n]{3,80}?)\s+(?:da\s+)?(?:ban\s+hanh|ra|ky|co)\s+(?<type>cong van|thong bao|quyet dinh|ke hoach|chi thi|nghi quyet|cong dien|to trinh|bao cao|giay moi)\s+(?:so\s+)?(?<code>\d)")]
    private static partial Regex Issued();

    [GeneratedRegex(@"\G\s*(?:nam\s+\d{4}\s*)?(?:,\s*)?(?:ve\s+viec\s+|ve\s+|v/v\s+)")]
    private static partial Regex About();
}

/// <summary>What a news item says of the letter it describes.</summary>
public sealed record NewsSummary(string Number, string Issuer, DateOnly? IssuedOn, string? Subject, DocType? Type);
