using DonDoc.Letters.Layout;
using static DonDoc.Ocr.Tests.Layout.Lines;

namespace DonDoc.Ocr.Tests.Layout;

/// <summary>Body text: top to bottom, paragraphs by indent and short last lines, pages by '\f', no page numbers or specks.</summary>
public class BodySpecs
{
    [Fact]
    public void Paragraphs_end_at_a_short_line_that_closes_a_sentence_or_before_an_indented_line()
    {
        var text = LayoutText.Compose([Page(1,
            L("Bộ Xây dựng tiếp tục chủ trì, phối hợp với các Bộ, ngành và các địa", 320, 665, 1220),
            L("phương thực hiện triển khai thực chất, hiệu quả.", 240, 711, 800),
            L("Văn phòng Chính phủ xin thông báo để đồng chí Bộ trưởng Bộ Xây dựng", 320, 760, 1220),
            L("và các Bộ, cơ quan biết, thực hiện./.", 240, 805, 1298))]);

        Assert.Equal(
            "Bộ Xây dựng tiếp tục chủ trì, phối hợp với các Bộ, ngành và các địa\nphương thực hiện triển khai thực chất, hiệu quả.\n\n" +
            "Văn phòng Chính phủ xin thông báo để đồng chí Bộ trưởng Bộ Xây dựng\nvà các Bộ, cơ quan biết, thực hiện./.", text);
    }

    [Fact]
    public void Centred_title_lines_without_a_full_stop_stay_one_paragraph()
    {
        var text = LayoutText.Compose([Page(1,
            L("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02", 350, 600, 950),
            L("THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ", 420, 645, 810))]);

        Assert.Equal("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02\nTHÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ", text);
    }

    [Fact]
    public void Centred_subject_and_the_body_below_are_separate_paragraphs()
    {
        // Kế hoạch 1105/KH-ĐKT (inches): the subject is centred, the body's first line runs the full width.
        var text = LayoutText.Compose([new LayoutPage(1, 8.27, 11.69,
        [
            L("KẾ HOẠCH", 4.02, 1.76, 1.21, 0.32),
            L("Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và", 1.87, 2.03, 5.77, 0.37),
            L("bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai", 1.86, 2.32, 5.3, 0.37),
            L("Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở", 1.3, 2.65, 6.6, 0.42),
            L("Công Thương tỉnh Lào Cai về việc: kiểm tra việc chấp hành Quy định", 1.19, 2.97, 6.6, 0.33),
            L("trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh", 1.25, 3.24, 6.72, 0.31),
        ])]);

        Assert.Contains("tỉnh Lào Cai\n\nThực hiện Quyết định", text);
    }

    [Fact]
    public void No_blank_line_before_list_items()
    {
        var text = LayoutText.Compose([Page(1,
            L("ưu tiên tập trung thực hiện một số nhiệm vụ như sau:", 240, 600, 900),
            L("1. Ban hành văn bản đôn đốc các cơ quan liên quan.", 320, 650, 1000),
            L("2. Xây dựng, ban hành Bộ tiêu chí đô thị thông minh.", 320, 700, 1000))]);

        Assert.Equal("ưu tiên tập trung thực hiện một số nhiệm vụ như sau:\n1. Ban hành văn bản đôn đốc các cơ quan liên quan.\n2. Xây dựng, ban hành Bộ tiêu chí đô thị thông minh.", text);
    }

    [Fact]
    public void Recipients_ending_in_semicolons_stay_one_list_without_their_dashes()
    {
        var text = LayoutText.Compose([Page(1,
            L("Kính gửi:", 420, 400, 160),
            L("Các Sở, ban, ngành thuộc tỉnh;", 660, 400, 520),
            L("Công an tỉnh;", 660, 450, 220),
            L("Ủy ban nhân dân các xã, phường.", 660, 500, 500))]);

        Assert.Equal("Kính gửi:\nCác Sở, ban, ngành thuộc tỉnh;\nCông an tỉnh;\nỦy ban nhân dân các xã, phường.", text);
    }

    [Fact]
    public void Rows_below_a_task_tables_headings_stay_one_line_with_their_cells_marked()
    {
        // "Kính gửi" ends the letter's header above, so the table is read as body.
        var text = LayoutText.Compose([Page(1, L("Kính gửi: Các Bộ", 240, 500, 400),
            L("Nội dung công việc", 240, 600, 300), L("Cơ quan chủ trì", 700, 600, 200), L("Thời gian", 1200, 600, 150),
            L("Hoàn thành hồ sơ đề nghị", 240, 650, 300), L("Bộ Tài nguyên", 700, 650, 200), L("Quý", 1200, 650, 60),
            L("xây dựng Luật Khoáng sản", 240, 700, 300), L("và Môi trường", 700, 700, 200), L("III/2022", 1200, 700, 120))]);

        Assert.Equal("Kính gửi: Các Bộ\n\nNội dung công việc | Cơ quan chủ trì | Thời gian\nHoàn thành hồ sơ đề nghị | Bộ Tài nguyên | Quý\n" +
            "xây dựng Luật Khoáng sản | và Môi trường | III/2022", text);
    }

    [Fact]
    public void Three_pieces_side_by_side_without_table_headings_above_stay_separate_lines()
    {
        var text = LayoutText.Compose([Page(1, L("Kính gửi: Các Bộ", 240, 500, 400),
            L("Cục Lâm nghiệp", 240, 600, 300), L("Vụ Pháp chế", 700, 600, 200), L("Quý III/2026", 1200, 600, 150))]);

        Assert.Equal("Kính gửi: Các Bộ\n\nCục Lâm nghiệp\nVụ Pháp chế\nQuý III/2026", text);
    }

    [Fact]
    public void Side_by_side_body_lines_come_left_first_on_separate_lines()
    {
        var text = LayoutText.Compose([Page(1, L("Quý III/2026", 1200, 600, 250), L("Cục Lâm nghiệp", 240, 602, 400))]);

        Assert.Equal("Cục Lâm nghiệp\nQuý III/2026", text);
    }

    [Fact]
    public void Pages_are_separated_by_form_feeds_and_page_numbers_dropped()
    {
        var text = LayoutText.Compose([
            Page(2, L("2", 820, 100, 20), L("định của pháp luật về tổ chức bộ máy.", 267, 205, 617)),
            Page(1, L("đối với việc thành lập Trung tâm kết nối công dân", 268, 2100, 1297)),
        ]);

        Assert.Equal("đối với việc thành lập Trung tâm kết nối công dân\fđịnh của pháp luật về tổ chức bộ máy.", text);
    }

    [Fact]
    public void Seal_and_speck_debris_is_dropped_but_confident_short_lines_stay()
    {
        var text = LayoutText.Compose([Page(1, L("thư", 250, 200, 1300)), Page(2,
            L("PHÓ CHỦ NHIỆM", 1056, 448, 332),
            L("\"", 259, 612, 20, 20, confidence: 0),
            L("x3:", 1104, 592, 249, 90, confidence: 0.375),
            L("Cao Huy", 1144, 746, 145),
            L("VT", 300, 800, 60))]);

        Assert.Equal("thư\fPHÓ CHỦ NHIỆM\nCao Huy\nVT", text.Replace("\n\n", "\n"));
    }

    [Fact]
    public void Empty_input_gives_empty_text()
    {
        Assert.Equal("", LayoutText.Compose([]));
        Assert.Equal("\f", LayoutText.Compose([Page(1), Page(2)]));
    }
}
