using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// A sentence whose subject is another document recounts what that document decided: "Quyết định có hiệu
/// lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh … hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028"
/// (the Bộ's decision, cited by a province that then sets its own tasks), "Khoản 1 Điều 59 Nghị định số
/// 193/2025/NĐ-CP quy định: Tổ chức, cá nhân … định kỳ hằng năm …". Its deadlines belong to the cited
/// document, not to this letter (vietnamese-letters.md §5: dates "của …" other documents are not deadlines).
/// The letter's own documents ("Quyết định này …") and sentences that go on to ask for something
/// ("…, đề nghị các đơn vị …") are not recounts.
/// </summary>
public static partial class CitedProvision
{
    public static bool Recounts(LetterText text, int start, int end)
    {
        var folded = text.Folded;
        var m = Opening().Match(folded, start, Math.Min(end, start + 260) - start);
        if (!m.Success)
        {
            return false;
        }
        return !OwnRequest().FirstIn(folded, m.Index + m.Length, end).Success;
    }

    // After a list marker: an optional article reference ("Khoản 1 Điều 59"), then the type of a document not
    // followed by "này", then within the clause what it does: "quy định", "có hiệu lực … và giao", "giao".
    [GeneratedRegex(@"\G\s*(?:(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|\([a-z0-9]{1,3}\))\s*)*(?:(?:diem\s*[a-zđ0-9]{1,3}|khoan\s*\d{1,3}|dieu\s*\d{1,3})\s*,?\s*)*(?:cua\s*)?(?:quyet\s*dinh|nghi\s*dinh|thong\s*tu(?:\s*lien\s*tich)?|luat|chi\s*thi|nghi\s*quyet)(?!\s*nay)(?!\p{L})[^.;:]{0,160}?(?<!\p{L})(?:quy\s*dinh|co\s*hieu\s*luc|giao)(?!\p{L})")]
    private static partial Regex Opening();

    // "…, đề nghị các đơn vị …", "yêu cầu Cục Thuế …": the letter's own request; "các yêu cầu sau" is not.
    [GeneratedRegex(@"(?<!\p{L})(?:de\s*nghi|(?<!cac\s)yeu\s*cau(?!\s*(?:sau|nhu|tren|tai|cua|ve)(?!\p{L})))(?!\p{L})")]
    private static partial Regex OwnRequest();
}
