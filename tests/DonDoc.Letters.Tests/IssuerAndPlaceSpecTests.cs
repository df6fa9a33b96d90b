using DonDoc.Letters.Parsers;

namespace DonDoc.Letters.Tests;

/// <summary>
/// The issuing body and the place of issue as printed, laid out by pdftotext and damaged by OCR → the values
/// of the letter contract. Lines of a header are separated by "\n".
/// </summary>
public class IssuerAndPlaceSpecTests
{
    private static readonly LetterReader Reader = new();

    [Theory]
    // Phụ lục I mục 2: the issuer is the lower line under a parent body.
    [InlineData("UBND TỈNH LÀO CAI          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n     SỞ CÔNG THƯƠNG          Độc lập - Tự do - Hạnh phúc\nSố: 5085 /SCT-VP", "Sở Công Thương")]
    [InlineData("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 4302/TCT-TTr", "Tổng cục Thuế")]
    // A name wrapped over lines is joined, also when the next line starts with no unit word.
    [InlineData("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   TỈNH LÀO CAI          Độc lập - Tự do - Hạnh phúc\nSố: 9387 /UBND-KT", "Ủy ban nhân dân tỉnh Lào Cai")]
    [InlineData("ÚY BAN NHÂN DÂN TÍNH LÀO CỘNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM\nCAI Độc lập - Tự do - Hạnh phúc\nSố: 9387 /UBND-KT", "Ủy ban nhân dân tỉnh Lào Cai")]
    [InlineData("BỘ NÔNG NGHIỆP VÀ MÔI_ CỘNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM\nTRƯỜNG Độc lập - Tự do - Hạnh phúc\nSố: 2200/QĐ-BNNMT", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("UBND TÍNH LÀO CAI CỘNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI Độc lập - Tự do - Hạnh phúc\nTRƯỜNG EERENENEBRIEEEENNETNYNNG\nSố: 904 /BC-SNNMT", "Sở Nông nghiệp và Môi trường")]
    [InlineData("BỘ CÔNG THƯƠNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n CỤC ĐỔI MỚI SÁNG TẠO,       Độc lập - Tự do - Hạnh phúc\n  CHUYỂN ĐỔI XANH VÀ\n     KHUYẾN CÔNG\n     Số: 1178 /ĐCK-CTT", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công")]
    [InlineData("VĂN PHÒNG CHÍNHPHÚ CỘNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 382 /TB-VPCP", "Văn phòng Chính phủ")]
    // Party letters (Hướng dẫn 36-HD/VPTW): the right column is "ĐẢNG CỘNG SẢN VIỆT NAM".
    [InlineData("TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM\n*\nSố 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025", "Tỉnh ủy Lào Cai")]
    [InlineData("ĐẢNG BỘ TỈNH LÀO CAI                  ĐẢNG CỘNG SẢN VIỆT NAM\n ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n         Số 2449 -CV/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh")]
    // An ad-hoc body is named with the decision that set it up.
    [InlineData("   SỞ CÔNG THƯƠNG         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    ĐOÀN KIỂM TRA\n  THEO QUYẾT ĐỊNH\n   SỐ 1050/QĐ-SCT          Lào Cai, ngày 10 tháng 3 năm 2026\n     Số: 1105/KH-ĐKT", "Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT")]
    // Printed abbreviated, the abbreviation is kept.
    [InlineData("UBND TỈNH QUẢNG NAM\nSố: 45/KH-UBND", "UBND tỉnh Quảng Nam")]
    public void Reads_the_issuer(string header, string expected)
    {
        Assert.Equal(expected, Reader.Read(header).Issuer);
    }

    [Theory]
    [InlineData("Số: 216/ATMT-ATĐ                  Hà Nội, ngày 30 tháng 01 năm 2026", "Hà Nội", "2026-01-30")]
    // OCR: tone marks lost or a stray mark inside a province name.
    [InlineData("| CONG THONG TIN 41 /CT-TTs Ha Nội, ngày 04 tháng 3 năm 2020", "Hà Nội", "2020-03-04")]
    [InlineData("Số: 9387 /UBND-KT Lào:Cai, ngày 15 tháng 9 năm 2026", "Lào Cai", "2026-09-15")]
    [InlineData("Số: 5141/SNNMT-KS Lào Cai; ngày 29 tháng 12 năm 2025", "Lào Cai", "2025-12-29")]
    // The tail of an unreadable number before the place is no part of it.
    [InlineData("Số: đút /VPCP- KTTH Hà Nội, ngày 02 tháng 4 năm 2018.", "Hà Nội", "2018-04-02")]
    public void Reads_the_place_and_date(string line, string place, string date)
    {
        var letter = Reader.Read(line);
        Assert.Equal(place, letter.Place);
        Assert.Equal(DateOnly.Parse(date), letter.IssuedOn);
    }

    [Fact]
    public void A_destroyed_date_still_gives_the_province_and_a_warning()
    {
        var letter = Reader.Read("Số:4#4ÿ /TCT-DNNCN - Hà Nội, Nn iy bbihdng 5 nam 2021");
        Assert.Equal("Hà Nội", letter.Place);
        Assert.Null(letter.IssuedOn);
        Assert.Contains(letter.Warnings, w => w.Code == "IssueDateUnreadable");
    }

    [Fact]
    public void The_gazettes_running_header_is_neither_the_issue_date_nor_a_reference()
    {
        var letter = Reader.Read("""
            CÔNG BÁO/Số 271/Ngày 12-05-2026
            84
            CHÍNH PHỦ
            Số: 113/NQ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 25 tháng 4 năm 2026
            NGHỊ QUYẾT
            Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế
            Căn cứ Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ;
            """);
        Assert.Equal(new DateOnly(2026, 4, 25), letter.IssuedOn);
        Assert.Equal("Hà Nội", letter.Place);
        Assert.Equal(["146/2018/NĐ-CP"], letter.References.Select(r => r.Number));
    }

    [Theory]
    [InlineData("ÚY BAN NHÂN DÂN TÍNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")]
    [InlineData("THÚ TƯỚNG CHÍNH PHÚ", "THỦ TƯỚNG CHÍNH PHỦ")]
    [InlineData("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050", "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050")]
    public void Header_words_get_their_tone_marks_back(string ocr, string expected)
    {
        Assert.Equal(expected, HeaderVocabulary.RepairUpper(ocr));
    }
}
