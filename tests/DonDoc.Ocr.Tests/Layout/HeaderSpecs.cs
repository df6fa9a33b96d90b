using DonDoc.Letters.Layout;
using static DonDoc.Ocr.Tests.Layout.Lines;

namespace DonDoc.Ocr.Tests.Layout;

/// <summary>
/// Page 1's header (Nghị định 30/2020, Phụ lục I): the right column (quốc hiệu, tiêu ngữ, place and date)
/// comes out as one block and the left column (issuer, Số, V/v) as another, however their lines interleave by y.
/// </summary>
public class HeaderSpecs
{
    private static readonly LayoutLine[] Header =
    [
        L("VĂN PHÒNG CHÍNH PHỦ", 300, 154, 440),
        L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 804, 158, 732, 50),
        L("Độc lập - Tự do - Hạnh phúc", 930, 205, 477, 42),
        L("Số: 5802/VPCP-CN", 373, 266, 292, 51),
        L("Hà Nội, ngày 15 tháng 8 năm 2024", 892, 275, 551, 42),
        L("V/v báo cáo hình triển khai đô thị", 291, 314, 454, 38),
        L("thông minh bền vững năm 2023", 300, 356, 434, 37),
        L("Kính gửi: Bộ trưởng Bộ Xây dựng.", 609, 438, 566, 46),
        L("Xét đề nghị của Bộ Xây dựng tại Công văn số 4387/TTr-BXD ngày 01", 322, 509, 1217, 50),
        L("tháng 8 năm 2024 về báo cáo hình triển khai đô thị thông minh bền vững năm", 243, 555, 1298, 50),
    ];

    [Fact]
    public void Columns_interleaved_by_y_come_out_as_two_blocks()
    {
        var text = LayoutText.Compose([Page(1, Header)]);

        Assert.StartsWith(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 8 năm 2024\n\n" +
            "VĂN PHÒNG CHÍNH PHỦ\nSố: 5802/VPCP-CN\nV/v báo cáo hình triển khai đô thị\nthông minh bền vững năm 2023\n\n" +
            "Kính gửi: Bộ trưởng Bộ Xây dựng.\n\nXét đề nghị", text);
    }

    [Fact]
    public void Order_of_the_input_lines_does_not_matter()
    {
        var shuffled = Header.Reverse().ToArray();

        Assert.Equal(LayoutText.Compose([Page(1, Header)]), LayoutText.Compose([Page(1, shuffled)]));
    }

    [Fact]
    public void Lines_side_by_side_are_never_merged()
    {
        var text = LayoutText.Compose([Page(1, Header)]);

        Assert.DoesNotContain(text.Split('\n'), line => line.Contains("PHỦ") && line.Contains("CỘNG"));
        Assert.DoesNotContain(text.Split('\n'), line => line.Contains("5802") && line.Contains("Hà Nội"));
    }

    [Fact]
    public void Kinh_gui_with_a_dash_list_on_the_left_ends_the_header()
    {
        // Công văn 5176/BXD-PTĐT: "Kính gửi:" alone on the left, the list indented below it.
        var text = LayoutText.Compose([Page(1,
            L("BỘ XÂY DỰNG", 330, 150, 300),
            L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 150, 730),
            L("Số: 5176/BXD-PTĐT", 320, 200, 320),
            L("Độc lập - Tự do - Hạnh phúc", 930, 200, 480),
            L("Hà Nội, ngày 10 tháng 11 năm 2023", 890, 260, 560),
            L("Kính gửi:", 420, 400, 160),
            L("- Bộ Thông tin và Truyền thông;", 660, 400, 520),
            L("- Bộ Khoa học và Công nghệ;", 660, 450, 470))]);

        Assert.Equal(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 11 năm 2023\n\nBỘ XÂY DỰNG\nSố: 5176/BXD-PTĐT\n\n" +
            "Kính gửi:\n- Bộ Thông tin và Truyền thông;\n- Bộ Khoa học và Công nghệ;", text);
    }

    [Fact]
    public void Only_page_one_has_a_header()
    {
        var page2 = Page(2, L("Phụ lục", 300, 154, 200), L("KÈM THEO CÔNG VĂN", 900, 154, 500), L("số 5176", 300, 200, 200));

        var text = LayoutText.Compose([Page(1, L("thư", 250, 200, 1300)), page2]);

        Assert.Equal("thư\fPhụ lục\nKÈM THEO CÔNG VĂN\nsố 5176", text);
    }

    [Fact]
    public void A_centred_title_ends_the_header_even_when_it_clears_the_gutter()
    {
        // Kế hoạch 1105/KH-ĐKT: "KẾ HOẠCH" is narrow and sits between the columns.
        var text = LayoutText.Compose([Page(1,
            L("ĐOÀN KIỂM TRA THEO", 330, 150, 400),
            L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 780, 150, 750),
            L("Số: 1105/KH-ĐKT", 350, 260, 330),
            L("Lào Cai, ngày 10 tháng 3 năm 2026", 880, 260, 560),
            L("KẾ HOẠCH", 820, 400, 210),
            L("Kiểm tra việc chấp hành quy định pháp luật", 450, 450, 800),
            L("Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở.", 250, 520, 1290))]);

        Assert.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLào Cai, ngày 10 tháng 3 năm 2026\n\nĐOÀN KIỂM TRA THEO\nSố: 1105/KH-ĐKT\n\nKẾ HOẠCH\n", text);
    }

    [Fact]
    public void First_line_run_together_by_ocr_stays_above_the_columns()
    {
        // Công văn 7432/UBND-XD: OCR read "ỦY BAN NHÂN DÂN TỈNH LÀO" and "CỘNG HÒA…" as one line.
        var text = LayoutText.Compose([Page(1,
            L("ỦY BAN NHÂN DÂN TỈNH LÀO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 150, 1230),
            L("CAI", 500, 200, 80),
            L("Độc lập - Tự do - Hạnh phúc", 930, 200, 480),
            L("Số: 7432/UBND-XD", 330, 260, 320),
            L("Lào Cai, ngày 21 tháng 7 năm 2026", 890, 260, 560),
            L("V/v triển khai thực hiện Quyết định", 300, 310, 440),
            L("Kính gửi:", 420, 450, 160))]);

        Assert.StartsWith(
            "ỦY BAN NHÂN DÂN TỈNH LÀO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 21 tháng 7 năm 2026\n\n" +
            "CAI\nSố: 7432/UBND-XD\nV/v triển khai thực hiện Quyết định\n\nKính gửi:", text);
    }
}
