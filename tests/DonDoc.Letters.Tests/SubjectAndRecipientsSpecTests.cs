namespace DonDoc.Letters.Tests;

/// <summary>
/// The trích yếu, the document type it implies, and the "Kính gửi" addressees, as printed and as OCR and
/// pdftotext leave them → the values of the letter contract. Lines are separated by "\n".
/// </summary>
public class SubjectAndRecipientsSpecTests
{
    private static readonly LetterReader Reader = new();

    [Theory]
    // Công văn: the text after "V/v", wrapped over lines, up to "Kính gửi".
    [InlineData("Số: 8129 /UBND-KT\nV/v kiểm tra, xác minh các nội dung\n theo kiến nghị của Công ty TNHH\nĐại Đồng Tiến\nKính gửi: Sở Xây dựng.", "kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến", DocType.CongVan)]
    [InlineData("Số: 4390/UBND-NLN\nV/v tổ chức triển khai thực hiện\nNghị định số 180/2026/NĐ-CP\nngày 21/5/2026 của Chính phủ\nKính gửi: Các sở.", "tổ chức triển khai thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ", DocType.CongVan)]
    // OCR forms of "V/v" and the right column's place and date on the same line.
    [InlineData("Số: 3722 /VPCP-CN\nV/w cơ chế đặc thù xây dựng công\ntrình khẩn cấp\nKính gửi: Bộ Xây dựng.", "cơ chế đặc thù xây dựng công trình khẩn cấp", DocType.CongVan)]
    [InlineData("Số: 3320 /SNNMT-CCMT\nV⁄v triển khai thực hiện các quy định\nvề giảm nhẹ phát thải khí nhà kính\nKính gửi: Các sở.", "triển khai thực hiện các quy định về giảm nhẹ phát thải khí nhà kính", DocType.CongVan)]
    [InlineData("Số: 2862 /ICT-HTQT\nViv thông báo hiệu lực của\nHiệp định đa phương\nKính gửi: Cục Thuế.", "thông báo hiệu lực của Hiệp định đa phương", DocType.CongVan)]
    [InlineData("Số: 2265/BCT-ATMT\nV/v triên khai thực hiện thủ tục câp Hà Nội, ngày 02 tháng 4 năm 2026\n\nGiấy phép vận chuyên hàng hóa nguy\nhiểm loại 1,2,3,4,9\n\nKính gửi: Ủy ban nhân dân các tỉnh", "triên khai thực hiện thủ tục câp Giấy phép vận chuyên hàng hóa nguy hiểm loại 1,2,3,4,9", DocType.CongVan)]
    // The e-signature stamp read into the subject's last line.
    [InlineData("Số: 2967/VPCP-KTTH\nV/v hướng dẫn hoàn thuế đối với xăng E5 Cole THỘNG TA BIỆN TỰ CNH PHD\nKính gửi: Bộ Tài chính.", "hướng dẫn hoàn thuế đối với xăng E5", DocType.CongVan)]
    // Typed documents: an upper-case subject over several lines, up to the issuing authority or the bases.
    [InlineData("Số: 2200/QĐ-BNNMT\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ\nĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026\n\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCăn cứ Nghị định số 35/2025/NĐ-CP;", "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026", DocType.QuyetDinh)]
    [InlineData("Số: 254/QĐ-UBND\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ\nBÍ MẬT NHÀ NƯỚC NĂM 2023\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;", "BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023", DocType.QuyetDinh)]
    [InlineData("Số: 07/CT-TTg\nCHỈ THỊ\nVỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ CÁC KHU KINH TẾ\nTrong thời gian qua, các khu kinh tế ven biển, khu kinh tế cửa khẩu đã góp phần hiện đại hóa hệ thống kết cấu hạ tầng.", "VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ CÁC KHU KINH TẾ", DocType.ChiThi)]
    // OCR runs the words of a type name together or leaves specks around it; a split compound is joined.
    [InlineData("Số: 13/CT-TTg\nCHỈTHỊ _ -\nVỀ TĂNG CƯỜNG QUẢN LÝ TÍN CHỈ CÁC-\nBON\nThực hiện cam kết về giảm phát thải ròng bằng “0” vào năm 2050 tại Hội nghị COP26.", "VỀ TĂNG CƯỜNG QUẢN LÝ TÍN CHỈ CÁC-BON", DocType.ChiThi)]
    [InlineData("Số: 88 /NQ-CP\nNGHỊ QUYẾT Ề\nVỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG\nCăn cứ Luật Tổ chức Chính phủ;", "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG", DocType.NghiQuyet)]
    [InlineData("Số: 24 /HDLN-BCA-BQP\n          HƯỚNG DẪN LIÊN NGÀNH\n     Về việc xử lý đối với hành vi vi phạm liên quan đến\n       sản xuất, buôn bán N2O\n\n   Căn cứ Nghị quyết số 173/2024/QH15;", "Về việc xử lý đối với hành vi vi phạm liên quan đến sản xuất, buôn bán N2O", DocType.Other)]
    // Party documents: the issuing organ under the type name, and "về việc" for "V/v" in a công văn.
    [InlineData("Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển các khu công nghiệp\n\nTrong những năm qua, ngành công nghiệp tỉnh được quan tâm.", "về phát triển các khu công nghiệp", DocType.NghiQuyet)]
    [InlineData("Số: 45/GM-STC\nGIẤY MỜI\nHọp bàn phương án phân bổ kinh phí năm 2025\n\nSở Tài chính trân trọng kính mời:\n- Đại diện Sở Nội vụ.", "Họp bàn phương án phân bổ kinh phí năm 2025", DocType.GiayMoi)]
    [InlineData("Số 2449 -CV/ĐU\nvề việc triển khai thực hiện Chương trình\nhành động số 104-CTr/TU\nKính gửi: Ủy ban nhân dân tỉnh.", "về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU", DocType.CongVan)]
    public void Reads_the_subject(string header, string subject, DocType type)
    {
        var letter = Reader.Read(header);
        Assert.Equal(subject, letter.Subject);
        Assert.Equal(type, letter.DocType);
    }

    [Fact]
    public void A_web_page_title_above_the_letter_is_not_its_subject()
    {
        var letter = Reader.Read("# Về việc giải quyết chế độ trợ cấp của UBND tỉnh Bạc Liêu\n| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 986/QĐ-UBND | Tuyên Quang, ngày 13 tháng 8 năm 2024 |\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025\nCăn cứ Luật Giáo dục;");
        Assert.Equal(DocType.QuyetDinh, letter.DocType);
        Assert.Equal("BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025", letter.Subject);
    }

    [Fact]
    public void A_news_item_names_the_letter_it_describes()
    {
        var letter = Reader.Read("# Toàn văn Công điện 4939/CĐ-BCT 2025\n\nNgày 04/7/2025, Bộ Công thương ra Công điện 4939/CĐ-BCT năm 2025 về việc chủ động ứng phó với áp thấp nhiệt đới trên biển Đông\n\nTheo đó, Bộ trưởng yêu cầu các đơn vị thực hiện các nhiệm vụ sau:");
        Assert.Equal("4939/CĐ-BCT", letter.Number);
        Assert.Equal(DocType.Other, letter.DocType);
        Assert.Equal(new DateOnly(2025, 7, 4), letter.IssuedOn);
        Assert.Equal("chủ động ứng phó với áp thấp nhiệt đới trên biển Đông", letter.Subject);
    }

    [Theory]
    // A name wrapped after a comma, or in lower case, continues its item.
    [InlineData("Số: 8129/UBND-KT\nKính gửi:\n\n- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công\nThương;\n\n- Ủy ban nhân dân xã Văn Chấn.", "Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương|Ủy ban nhân dân xã Văn Chấn")]
    [InlineData("Số: 2449 -CV/ĐU\nKính gửi: - Ủy ban nhân dân tỉnh,\n          - Các cơ quan chuyên trách tham mưu, giúp việc\n          Đảng ủy Ủy ban nhân dân tỉnh,\n          - Các chi bộ, đảng bộ cơ sở.", "Ủy ban nhân dân tỉnh|Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh|Các chi bộ, đảng bộ cơ sở")]
    // A dash inside a name is no separator.
    [InlineData("Số: 3320/VPCP-KGVX\nKính gửi:\n- Bộ Tài chính;\n- Bộ Nông nghiệp và Phát triển nông thôn\nBộ Công an;\n- Bộ Tài nguyên và\nMôi trường.", "Bộ Tài chính|Bộ Nông nghiệp và Phát triển nông thôn|Bộ Công an|Bộ Tài nguyên và Môi trường")]
    [InlineData("Số: 5085/SCT-VP\nKính gửi:\n- Đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở;\n- Phòng Quản lý Công nghiệp.", "Đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở|Phòng Quản lý Công nghiệp")]
    // OCR: "Kính" lost, the dash read as "--" or ":", specks after the colon.
    [InlineData("Số: 4302/TCT-TTr\n\ngửi: Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực\nthuộc Trung ương.", "Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương")]
    [InlineData("Số: 7103/UBND-TH\nKính gửi:\n\n- Các sở, ban, ngành thuộc UBND tỉnh;\n--Ủy ban nhân dân các xã, phường.", "Các sở, ban, ngành thuộc UBND tỉnh|Ủy ban nhân dân các xã, phường")]
    [InlineData("Số: 8388/BTC-QLCS\nKính gửi: DA ä .\n- Các Bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh.", "Các Bộ, cơ quan ngang bộ|Ủy ban nhân dân các tỉnh")]
    // Letters without "Kính gửi": a công điện names its addressees after "… điện:", a giấy mời after "… kính mời:".
    [InlineData("Số: 95/CĐ-TTg\nCÔNG ĐIỆN\nVề việc tập trung khắc phục hậu quả bão số 3\n            THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n- Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái.\n\nBão số 3 đã gây thiệt hại nghiêm trọng.", "Bộ trưởng các Bộ: Quốc phòng, Công an|Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái")]
    [InlineData("Số: 45/GM-STC\nGIẤY MỜI\nHọp bàn phương án phân bổ kinh phí năm 2025\n\nSở Tài chính trân trọng kính mời:\n- Đại diện lãnh đạo Sở Kế hoạch và Đầu tư;\n- Đại diện lãnh đạo Sở Nội vụ.\nThời gian: 08 giờ 00, ngày 15/4/2025.", "Đại diện lãnh đạo Sở Kế hoạch và Đầu tư|Đại diện lãnh đạo Sở Nội vụ")]
    public void Reads_the_recipients(string header, string expected)
    {
        Assert.Equal(expected.Split('|'), Reader.Read(header).Recipients);
    }

    [Theory]
    [InlineData("BỘ Xây dựng", "Bộ Xây dựng")]
    [InlineData("Các BỘ, ngành, địa phương", "Các Bộ, ngành, địa phương")]
    [InlineData("SỞ Tài chính; CỤC Thuế tỉnh", "Sở Tài chính; Cục Thuế tỉnh")]
    [InlineData("BỘ XÂY DỰNG", "BỘ XÂY DỰNG")]
    [InlineData("Ban Quản lý dự án", "Ban Quản lý dự án")]
    public void A_body_kind_word_left_in_capitals_inside_a_name_is_written_in_normal_case(string name, string written)
    {
        Assert.Equal(written, DonDoc.Letters.Text.VietnameseCase.BodyKindWords(name));
    }
}
