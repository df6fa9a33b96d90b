using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Official spellings of central bodies and the codes they use in ký hiệu ("BXD" in "5176/BXD-PTĐT").
/// Used to write a header name in its official case and to name the issuer when the header line is lost
/// (web copies and OCR often keep only "Số: 5176/BXD-PTĐT").
/// </summary>
public static class AgencyNames
{
    private static readonly (string Code, string Name)[] Central =
    [
        ("VPCP", "Văn phòng Chính phủ"), ("TTg", "Thủ tướng Chính phủ"), ("CP", "Chính phủ"),
        ("BXD", "Bộ Xây dựng"), ("BTC", "Bộ Tài chính"), ("BNV", "Bộ Nội vụ"), ("BYT", "Bộ Y tế"),
        ("BGDĐT", "Bộ Giáo dục và Đào tạo"), ("BCT", "Bộ Công Thương"), ("BTNMT", "Bộ Tài nguyên và Môi trường"),
        ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"), ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
        ("BKHĐT", "Bộ Kế hoạch và Đầu tư"), ("BTTTT", "Bộ Thông tin và Truyền thông"),
        ("BKHCN", "Bộ Khoa học và Công nghệ"), ("BCA", "Bộ Công an"), ("BQP", "Bộ Quốc phòng"),
        ("BNG", "Bộ Ngoại giao"), ("BTP", "Bộ Tư pháp"), ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
        ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"), ("BGTVT", "Bộ Giao thông vận tải"),
        ("BDTTG", "Bộ Dân tộc và Tôn giáo"), ("UBDT", "Ủy ban Dân tộc"), ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
        ("TTCP", "Thanh tra Chính phủ"), ("TCT", "Tổng cục Thuế"), ("TCHQ", "Tổng cục Hải quan"),
        ("KBNN", "Kho bạc Nhà nước"), ("BHXH", "Bảo hiểm xã hội Việt Nam"), ("VPQH", "Văn phòng Quốc hội"),
        ("VPCTN", "Văn phòng Chủ tịch nước"), ("TANDTC", "Tòa án nhân dân tối cao"),
        ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"), ("KTNN", "Kiểm toán Nhà nước"),
    ];

    private static readonly Dictionary<string, string> ByFoldedName = BuildByName();
    private static readonly Dictionary<string, string> ByCode = Central.ToDictionary(x => x.Code, x => x.Name, StringComparer.Ordinal);

    /// <summary>The body a ký hiệu code names ("BXD" → "Bộ Xây dựng"), or null when it is not a known central code.</summary>
    public static string? FromCode(string code)
    {
        if (ByCode.TryGetValue(code, out var name))
        {
            return name;
        }
        // OCR reads Đ as D: "BGDDT", "BKHDT".
        foreach (var (c, n) in Central)
        {
            if (string.Equals(Folding.Fold(c), Folding.Fold(code), StringComparison.Ordinal) && code.Length > 2)
            {
                return n;
            }
        }
        return null;
    }

    /// <summary>The official spelling of a known name written in any case or without diacritics, else null.</summary>
    public static string? Canonical(string name) =>
        ByFoldedName.GetValueOrDefault(Key(name));

    private static Dictionary<string, string> BuildByName()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, name) in Central)
        {
            map[Key(name)] = name;
        }
        foreach (var name in (string[])["Ủy ban nhân dân", "Tổng cục Thuế", "Cục Thuế", "Tổng cục Hải quan", "Bộ Chính trị", "Ban Bí thư"])
        {
            map[Key(name)] = name;
        }
        return map;
    }

    // Letters only: OCR joins words of a header ("VĂN PHÒNG CHÍNHPHÚ") and web copies add dashes and commas.
    private static string Key(string name) =>
        string.Concat(Folding.Fold(name).Where(char.IsLetter));
}
