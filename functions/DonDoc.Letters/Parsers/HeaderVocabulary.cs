using System.Text;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The closed vocabulary that names of issuing bodies and places are built from (Phụ lục I mục 2: "tên cơ
/// quan, tổ chức" is the body's kind — Bộ, Sở, Ủy ban nhân dân, Cục… — its field and its place). OCR of a
/// header keeps the letters of these words but drops or misplaces tone marks ("ÚY BAN NHÂN DÂN TÍNH LÀO",
/// "VĂN PHÒNG CHÍNH PHÚ", "Ha Nội"); a word whose folded form is a vocabulary word is written as the
/// vocabulary writes it. Words outside the vocabulary are left as printed.
/// </summary>
public static class HeaderVocabulary
{
    /// <summary>Province-level names (63 before the 2025 merger, which kept 34 of them) and their official spelling.</summary>
    public static readonly string[] Provinces =
    [
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế", "An Giang",
        "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
        "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
        "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
        "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
        "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    // Words of body names in upper case; the longest phrase wins ("MÔI TRƯỜNG", while a lone "TRƯỜNG" may
    // also be TRƯƠNG or TRƯỞNG). "SỞ" is left out: its folded form is also "SỐ" ("THEO QUYẾT ĐỊNH SỐ 1050").
    private static readonly string[] Phrases =
    [
        "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN", "NHÂN DÂN", "CHÍNH PHỦ", "THỦ TƯỚNG", "VĂN PHÒNG",
        "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ", "ĐẢNG CỘNG SẢN", "BAN THƯỜNG VỤ",
        "TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "THỊ TRẤN", "PHƯỜNG", "XÃ HỘI", "XÃ",
        "BỘ", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ", "BAN", "PHÒNG", "ĐOÀN", "TRUNG TÂM", "TRUNG ƯƠNG",
        "THUẾ", "HẢI QUAN", "KHO BẠC", "NHÀ NƯỚC", "THANH TRA", "KIỂM TRA", "CÔNG AN", "QUÂN SỰ", "CHỈ HUY",
        "MÔI TRƯỜNG", "NÔNG NGHIỆP", "NÔNG THÔN", "PHÁT TRIỂN", "TÀI CHÍNH", "TÀI NGUYÊN", "XÂY DỰNG", "CÔNG THƯƠNG",
        "NỘI VỤ", "Y TẾ", "GIÁO DỤC", "ĐÀO TẠO", "KẾ HOẠCH", "ĐẦU TƯ", "KHOA HỌC", "CÔNG NGHỆ", "TƯ PHÁP",
        "GIAO THÔNG", "VẬN TẢI", "VĂN HÓA", "THỂ THAO", "DU LỊCH", "LAO ĐỘNG", "THƯƠNG BINH", "THÔNG TIN",
        "TRUYỀN THÔNG", "NGOẠI VỤ", "DÂN TỘC", "TÔN GIÁO", "KHUYẾN CÔNG", "ĐỔI MỚI", "SÁNG TẠO", "CHUYỂN ĐỔI",
        "AN TOÀN", "KỸ THUẬT", "CÔNG NGHIỆP", "QUẢN LÝ", "VÀ",
    ];

    private static readonly Dictionary<string, string> ByFolded = Build();
    private static readonly int LongestPhrase = Phrases.Max(p => p.Split(' ').Length) + 1;

    /// <summary>
    /// Writes the vocabulary words of an upper-case header name with their right tone marks:
    /// "ÚY BAN NHÂN DÂN TÍNH LÀO CAI" → "ỦY BAN NHÂN DÂN TỈNH LÀO CAI". Other text is returned as it is.
    /// </summary>
    public static string RepairUpper(string name)
    {
        if (!VietnameseCase.IsUpper(name))
        {
            return name;
        }
        var words = Spaces.Collapse(name).Split(' ');
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < words.Length;)
        {
            var taken = 0;
            for (var n = Math.Min(LongestPhrase, words.Length - i); n >= 1 && taken == 0; n--)
            {
                var key = Folding.Fold(string.Join(' ', words, i, n));
                if (ByFolded.TryGetValue(key, out var written))
                {
                    sb.Append(sb.Length > 0 ? " " : "").Append(written);
                    taken = n;
                }
            }
            if (taken == 0)
            {
                sb.Append(sb.Length > 0 ? " " : "").Append(words[i]);
                taken = 1;
            }
            i += taken;
        }
        return sb.ToString();
    }

    /// <summary>The official spelling of a province written with lost or wrong tone marks or stray punctuation ("Ha Nội", "Lào:Cai"), else null.</summary>
    public static string? Province(string place)
    {
        var key = Key(place);
        foreach (var p in Provinces)
        {
            if (Key(p) == key)
            {
                return p;
            }
        }
        return null;
    }

    private static string Key(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in Folding.Fold(s))
        {
            if (char.IsLetter(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in Phrases.Concat(Provinces.Select(p => p.ToUpperInvariant())))
        {
            map.TryAdd(Folding.Fold(p), p);
        }
        return map;
    }
}
