using System.Buffers;
using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Finds who a sentence assigns work to (vietnamese-letters.md §5): "giao Bộ Tư pháp …", "đề nghị UBND các
/// tỉnh …", "Bộ Xây dựng chủ trì, phối hợp với Bộ Khoa học và Công nghệ …", or a sentence that opens with a
/// body ("Các Thành viên Tổ Công tác … gửi …"). The body's name runs until the first verb of the action; a
/// name keeps its inner commas and "và" ("Bộ Khoa học và Công nghệ", "Các Bộ, ngành, Ủy ban nhân dân …").
/// </summary>
public static partial class AssigneeParser
{
    private const int MaxNameWords = 18;

    /// <summary>The assignee, co-operating bodies and where the action starts, or null when the sentence names no body.</summary>
    public static Assignment? Find(LetterText text, int start, int end)
    {
        var folded = text.Folded;
        // Every directive holds one of these words; most sentences hold none, and then the pattern is not run.
        var sentence = folded.AsSpan(start, Math.Max(0, end - start));
        var lead = sentence.ContainsAny(DirectiveWords) ? Directive().FirstIn(folded, start, end) : Match.Empty;
        int nameStart;
        if (lead.Success && !NotDirective().IsMatch(folded.AsSpan(lead.Index, Math.Min(end, lead.Index + lead.Length + 6) - lead.Index)))
        {
            nameStart = lead.Index + lead.Length;
        }
        else
        {
            var opening = Opening().FirstIn(folded, start, end);
            if (!opening.Success)
            {
                return null;
            }
            nameStart = opening.Index + opening.Length;
            if (!Agency().IsMatch(folded.AsSpan(nameStart, end - nameStart)))
            {
                var heading = Heading().Match(folded, nameStart, end - nameStart);
                if (!heading.Success || !Agency().IsMatch(folded.AsSpan(heading.Index + heading.Length, end - heading.Index - heading.Length)))
                {
                    return null;
                }
                nameStart = heading.Index + heading.Length;
            }
        }
        var nameEnd = NameEnd(text, nameStart, end);
        if (nameEnd <= nameStart)
        {
            return null;
        }
        var name = Spaces.Tidy(text.Slice(nameStart, nameEnd - nameStart));
        if (name.Length < 2 || !(char.IsUpper(name[0]) || Folding.Fold(name).StartsWith("cac ", StringComparison.Ordinal)))
        {
            return null;
        }
        var actionStart = nameEnd;
        var coordinators = new List<string>();
        var lead2 = Lead().FirstIn(folded, actionStart, end);
        if (lead2.Success)
        {
            actionStart = lead2.Index + lead2.Length;
            if (lead2.Groups["with"].Success)
            {
                var coordEnd = NameEnd(text, actionStart, end);
                if (coordEnd > actionStart)
                {
                    coordinators.AddRange(SplitBodies(text.Slice(actionStart, coordEnd - actionStart)));
                    actionStart = coordEnd;
                }
            }
        }
        return new Assignment(VietnameseCase.Capitalize(name), coordinators, actionStart);
    }

    /// <summary>Splits "Bộ Khoa học và Công nghệ, các Bộ ngành liên quan và các địa phương" into bodies.</summary>
    public static IReadOnlyList<string> SplitBodies(string s)
    {
        var parts = BodySeparator().Split(s);
        return parts.Select(p => Spaces.Tidy(p)).Where(p => p.Length > 1).ToList();
    }

    // Where the body's name ends: before the first action verb, or "theo …", within MaxNameWords words.
    private static int NameEnd(LetterText text, int start, int end)
    {
        var folded = text.Folded;
        var m = ActionVerb().FirstIn(folded, start, end);
        // A capitalised verb belongs to a name ("Bộ Xây dựng", "Sở Tài nguyên"); actions are written in lower case.
        while (m.Success && char.IsUpper(text.Text[m.Index]))
        {
            m = m.NextMatch();
        }
        var limit = start;
        var words = 0;
        for (var i = start; i < end && words < MaxNameWords; i++)
        {
            if (folded[i] == ' ' && i > start && folded[i - 1] != ' ')
            {
                words++;
            }
            limit = i + 1;
        }
        if (!m.Success || m.Index > limit)
        {
            return -1;
        }
        return m.Index;
    }

    // One of these words is in every match of Directive: Find runs the pattern only where one is. Keep in step.
    private static readonly SearchValues<string> DirectiveWords = SearchValues.Create(["giao", "nghi", "cau", "dao"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\p{L})(?:dong\s*y\s*)?(?:giao(?:\s*cho)?|de\s*nghi|yeu\s*cau|chi\s*dao|de\s*nghi\s*voi)\s+")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?:giao|de\s*nghi|yeu\s*cau|chi\s*dao)\s+(?:cua|nay|tren|do|duoc|nhu|tai|xay|bo\s*sung|sua)\b")]
    private static partial Regex NotDirective();

    // A sentence that opens with a body: after a list marker or a heading "Về …:" at most.
    [GeneratedRegex(@"\G\s*(?:(?:[-+•]|\d{1,2}[.)]|[a-zđ][.)]|\([a-z0-9]{1,3}\))\s*)*")]
    private static partial Regex Opening();

    // A short heading that is not itself a body: "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi …".
    [GeneratedRegex(@"\G[^:\n.;,()]{1,30}:\s*(?=\p{L})")]
    private static partial Regex Heading();

    // "Ban hành", "Tổ chức", "Trường hợp", "Hội nghị" open sentences as verbs or nouns, not as bodies; so do the
    // documents "Bản đồ", "Bản vẽ", "Bản sao" (folded like "Ban"). "Tổ chức, cá nhân …" is the subject of a duty.
    [GeneratedRegex(@"^(?!ban\s*(?:hanh|do|ve|sao|chup)(?!\p{L})|to\s*chuc(?!\s*,?\s*ca\s*nhan)|truong\s*hop|hoi\s*(?:nghi|thao)|doan\s*ket|phong\s*(?:chong|ngua)|dai\s*dien|don\s*vi\s*tinh)(?:cac\s+)?(?:bo|so|ubnd|uy\s*ban|van\s*phong|tong\s*cuc|cuc|ban|thanh\s*vien|chu\s*tich|giam\s*doc|thu\s*truong|ngan\s*hang|kho\s*bac|cong\s*an|trung\s*tam|phong|dai|tap\s*doan|tong\s*cong\s*ty|hoi\s*dong|chi\s*cuc|thanh\s*tra|quy\s*(?:co\s*quan|don\s*vi)|don\s*vi|co\s*quan|dia\s*phuong|bo\s*truong|lanh\s*dao|to\s*cong\s*tac|doan|cong\s*ty|truong|vien|hoi|thu\s*tuong|pho\s*thu\s*tuong|chinh\s*phu|bo\s*chi\s*huy|cuc\s*thue|doanh\s*nghiep|nguoi|to\s*chuc\s*,?\s*ca\s*nhan)\b")]
    private static partial Regex Agency();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:tiep\s*tuc\s*)?chu\s*tri\s*,?\s*(?:(?<with>phoi\s*hop\s*(?:chat\s*che\s*)?voi)\s*)?|(?<with>phoi\s*hop\s*(?:chat\s*che\s*)?voi)\s*|theo\s*chuc\s*nang\s*,?\s*nhiem\s*vu(?:\s*duoc\s*giao)?\s*,?\s*|khan\s*truong\s*|co\s*trach\s*nhiem\s*)")]
    private static partial Regex Lead();

    // Adverbs that open the action ("đề nghị các đơn vị nghiêm túc thực hiện", "Cục Thuế định kỳ hàng quý báo
    // cáo") end the name as verbs do.
    [GeneratedRegex(@"(?<=\s|,)(?:chu\s*tri|phoi\s*hop|khan\s*truong|nghien\s*cuu|xay\s*dung|bao\s*cao|to\s*chuc|trien\s*khai|thuc\s*hien|ra\s*soat|huong\s*dan|chi\s*dao|tiep\s*tuc|chu\s*dong|tang\s*cuong|day\s*manh|co\s*y\s*kien|cho\s*y\s*kien|gui|trinh|ban\s*hanh|hoan\s*thien|hoan\s*thanh|tham\s*muu|kiem\s*tra|theo\s*doi|tong\s*hop|cung\s*cap|don\s*doc|lap|de\s*xuat|sua\s*doi|cap\s*nhat|cong\s*bo|xem\s*xet|quan\s*tam|tap\s*trung|bo\s*tri|dam\s*bao|bao\s*dam|pho\s*bien|quan\s*triet|tuyen\s*truyen|tien\s*hanh|giai\s*quyet|xu\s*ly|nghiem\s*tuc|dinh\s*ky|thong\s*nhat|theo|kip\s*thoi|lien\s*he|nop|dang\s*ky|chuan\s*bi|tham\s*gia|thanh\s*lap|tiep\s*thu|danh\s*gia|uu\s*tien|nang\s*cao|tra\s*loi|co\s*trach\s*nhiem|can|phai|la\s*co\s*quan|nhanh\s*chong|khan\s*cap|phe\s*duyet|bo\s*sung|dieu\s*chinh|giam\s*sat|rut\s*kinh|sap\s*xep|khac\s*phuc|chan\s*chinh|quan\s*ly|lam\s*ro|thong\s*bao|tao\s*dieu|ho\s*tro|dua|dieu\s*tra|chi\s*tra|thu|van\s*dong|huy\s*dong|phan\s*cong|neu|khi|de|tai\s*cac|trong|ve\s*viec)(?!\p{L})")]
    private static partial Regex ActionVerb();

    [GeneratedRegex(@"\s*,\s*(?=(?:các\s|[\p{Lu}]))|\s+(?:và|cùng)\s+(?=(?:các\s|Bộ\s|UBND|Ủy\s*ban|Sở\s|[\p{Lu}]{2}))")]
    private static partial Regex BodySeparator();
}

/// <summary>A body the sentence assigns work to, its co-operating bodies, and where the action text begins.</summary>
public sealed record Assignment(string Assignee, IReadOnlyList<string> Coordinators, int ActionStart);
