using DonDoc.Letters.Parsers;

namespace DonDoc.Letters.Tests;

/// <summary>
/// Signature blocks (Phụ lục I mục 7) as printed, laid out by pdftotext and damaged by OCR → signer name, title
/// and authority. Nested prefixes report the outer one (tests/corpus/README.md, "Nested authority prefixes").
/// Each input is the end of a letter; lines are separated by "\n".
/// </summary>
public class SignatureSpecTests
{
    private const string Head = "Số: 1/UBND-KT\nKính gửi: Các sở.\n\nĐề nghị các sở thực hiện./.\n\n";

    private static readonly LetterReader Reader = new();

    [Theory]
    [InlineData("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Quang Hùng", "Lê Quang Hùng", "Thứ trưởng", "KT")]
    // Nested: "TM." of the collective body, "KT." of its head; the authority is the outer prefix.
    [InlineData("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thế Phước", "Nguyễn Thế Phước", "Phó Chủ tịch", "TM")]
    [InlineData("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nPhạm Văn A", "Phạm Văn A", "Phó Chánh Văn phòng", "TL")]
    // pdftotext: the block at the right end of the "Nơi nhận" lines, the name after the list.
    [InlineData("Nơi nhận:                          KT. GIÁM ĐỐC\n- Như trên;\n- UBND tỉnh (b/c);\n                                    PHÓ GIÁM ĐỐC\n- Lưu: VT, QLĐĐ, CCMT, KS.\n\n                                    Phạm Năng Chung", "Phạm Năng Chung", "Phó Giám đốc", "KT")]
    // Party letters write "T/M".
    [InlineData("Nơi nhận:                          T/M BAN THƯỜNG VỤ\n- Như trên (t/h);                   PHÓ BÍ THƯ\n- Lưu Văn phòng Đảng ủy.\n\n                                    Nguyễn Hữu Long", "Nguyễn Hữu Long", "Phó Bí thư", "TM")]
    // OCR: the title line damaged by the seal, debris before the name.
    [InlineData("Nơi nhận: KT. CHÚ TỊCH\n- Như trên; ^ W\n- Chủ tịch UBND tỉnh (b/c); PHO CHỤU TỊCH\n- Lưu: VT, KTThủy.\n` Phan Trung Bá", "Phan Trung Bá", "Phó Chủ tịch", "KT")]
    [InlineData("Noi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3\n- TT. Tỉnh uỷ, HĐND tỉnh; KT. CHỦ TỊCH\nJ#HÓ CHỦ TỊCH\n- Lưu: VT.\nNguyễn Thế Phước", "Nguyễn Thế Phước", "Phó Chủ tịch", "TM")]
    [InlineData("Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lãnh đạo (để b/c); -0cục TRƯỞNG\n- Lưu VT, CST (04b).\nĂŠ Lưu Đức Huy", "Lưu Đức Huy", "Phó Cục trưởng", "KT")]
    // A name after a "Nơi nhận" item's end, on the same line.
    [InlineData("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên (b/€); ì\n- Sở Xây dựng (p/h); PHO GIẢM ĐỌC\n- Lưu: VT, KS. Phạm Năng Chung", "Phạm Năng Chung", "Phó Giám đốc", "KT")]
    [InlineData("Nơi nhận: THU TƯỜNG\n- Ban Bí thư Trung ương Đảng;\n- Hội đồng Dân tộc và các Ủy ban của Quốc hội; Nguyễn Tấn Dũng\n- Lưu: VT.", "Nguyễn Tấn Dũng", "Thủ tướng", null)]
    // A bare title after debris.
    [InlineData("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.\n-CHỦ TỊCH\nHoàng Quốc Khánh", "Hoàng Quốc Khánh", "Chủ tịch", null)]
    public void Reads_the_signer(string block, string name, string title, string? authority)
    {
        var signer = Reader.Read(Head + block).Signer;
        Assert.Equal(name, signer.Name);
        Assert.Equal(title, signer.Title);
        Assert.Equal(authority, signer.Authority);
    }

    [Theory]
    // Phụ lục I mục 7b: under "KT." the signer is the head's deputy, also when the title line is lost.
    [InlineData("Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;\n- Lưu: VT.", "Phó Chủ nhiệm")]
    [InlineData("Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; í ƯỞN Ỉ\n- Lưu: VT, LNKL.\nNguyễn Quốc Trị", "Thứ trưởng")]
    [InlineData("Noi nhận: KT. TONG CỤC TRƯỞNG\n- Như trên; . 4\n- Lim VT, DNNCN. g 9 PHO CỤC TRƯỞNG", "Phó Tổng cục trưởng")]
    // "TL." signs for someone else: no title is made up.
    [InlineData("Noi nhận: TL. TONG CUC TRUONG\n- Luu: VT, TTKT (3b)", null)]
    public void A_deputy_title_follows_from_the_head(string block, string? title)
    {
        Assert.Equal(title, Reader.Read(Head + block).Signer.Title);
    }

    [Theory]
    [InlineData("PHO CHỤU TỊCH", "Phó Chủ tịch")]
    [InlineData("HÓ CHỦ TỊCH", "Phó Chủ tịch")]
    [InlineData("THU TƯỜNG", "Thủ tướng")]
    [InlineData("PHÓ CỤC TRƯỞNG CỤC THANH TRA - KIỂM TRA THUẾ", "Phó Cục trưởng Cục thanh tra - Kiểm tra thuế")]
    [InlineData("PHÓ CHỦ TỊCH DI", "Phó Chủ tịch")]
    [InlineData("VT, QLĐĐ, CCMT", null)]
    public void Matches_a_damaged_title(string fragment, string? expected)
    {
        Assert.Equal(expected, SignerTitles.Match(fragment));
    }

    [Theory]
    [InlineData("- PTTgCP Trần Hồng Hà (để báo cáo);")]
    [InlineData("- Phó CT UBND tỉnh Phan Trung Bá;")]
    [InlineData("- TT Nguyễn Thị Phương Hoa;")]
    [InlineData("~ PCT. Vương Thành Chung;")]
    public void A_name_inside_a_distribution_item_is_no_signer(string line)
    {
        Assert.Null(SignerName.Find(line));
    }
}
