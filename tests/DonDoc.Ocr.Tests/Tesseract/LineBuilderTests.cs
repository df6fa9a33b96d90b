using DonDoc.Ocr.Tesseract;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>Tool lines become OCR lines: split at column gaps, glyph pieces joined, specks and table rules dropped.</summary>
public class LineBuilderTests
{
    private static OcrWord W(string text, double x, double width, double y = 100, double height = 32, double conf = 0.95) =>
        new(text, x, y, width, height, conf);

    [Fact]
    public void Splits_at_a_gap_of_two_word_heights()
    {
        // Measured on 501-…-1.png: "PHÚ" ends at 739, "CỘNG" starts at 804, words 32 px high.
        var lines = LineBuilder.Build([[W("VĂN", 300, 76), W("PHÒNG", 387, 130), W("CHÍNH", 529, 120), W("PHÚ", 660, 79), W("CỘNG", 804, 105), W("HÒA", 919, 78)]], 1, -1);

        Assert.Equal(["VĂN PHÒNG CHÍNH PHÚ", "CỘNG HÒA"], lines.Select(l => l.Text));
        Assert.Equal((300.0, 439.0), (lines[0].X, lines[0].Width));
    }

    [Fact]
    public void Keeps_justified_body_lines_whole()
    {
        var lines = LineBuilder.Build([[W("thực", 240, 60), W("hiện", 318, 58), W("triển", 394, 70), W("khai", 480, 55)]], 1, -1);
        Assert.Equal(["thực hiện triển khai"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Splits_a_narrow_gap_where_a_nearby_line_splits_at_the_same_place()
    {
        // 520: "CỤC KỸ THUẬT AN TOÀN VÀ" runs 0.8 heights from "CỘNG HÒA…"; the line below has a wide gap there.
        var lines = LineBuilder.Build(
        [
            [W("AN", 500, 40, 155), W("TOÀN", 550, 80, 155), W("VÀ", 640, 40, 155), W("CỘNG", 706, 100, 155), W("HÒA", 816, 70, 155)],
            [W("NGHIỆP", 500, 120, 195), W("Độc", 770, 50, 195), W("lập", 830, 40, 195)],
        ], 1, -1);

        Assert.Equal(["AN TOÀN VÀ", "CỘNG HÒA", "NGHIỆP", "Độc lập"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Keeps_a_justified_line_near_the_header_whole()
    {
        // Seed 004: the first body line under the header, its words evenly stretched (0.55 heights) across the gutter.
        var lines = LineBuilder.Build(
        [
            [W("Số:", 500, 60, 155), W("5802/VPCP-CN", 570, 200, 155), W("ngày", 900, 70, 155), W("15", 980, 40, 155)],
            [W("Theo", 446, 80, 230), W("nội", 544, 50, 230), W("dung", 612, 70, 230), W("Công", 700, 80, 230), W("văn", 798, 60, 230), W("5802", 876, 80, 230)],
        ], 1, -1);

        Assert.Contains("Theo nội dung Công văn 5802", lines.Select(l => l.Text));
    }

    [Fact]
    public void Joins_glyph_pieces_of_a_pdf_text_layer()
    {
        var lines = LineBuilder.Build([[W("C", 283.39, 10.1), W("Ộ", 293.50, 11.0), W("NG", 304.51, 21.0), W("HÒA", 329.0, 31.9)]], 1 / 72.0, 0.05);
        Assert.Equal("CỘNG HÒA", Assert.Single(lines).Text);
    }

    [Fact]
    public void Drops_specks_at_the_edges_and_splits_at_table_rules()
    {
        var lines = LineBuilder.Build([[W("_", 200, 10, conf: 0.3), W("2.", 240, 30), W("|", 290, 4), W("Hoàn", 310, 70), W("thiện", 390, 70), W("-", 480, 10, conf: 0.4)]], 1, -1);
        Assert.Equal(["2.", "Hoàn thiện"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Keeps_a_faint_list_dash()
    {
        var lines = LineBuilder.Build([[W("-", 240, 12, conf: 0.45), W("Công", 270, 80), W("an", 360, 40), W("tỉnh;", 410, 80)]], 1, -1);
        Assert.Equal("- Công an tỉnh;", Assert.Single(lines).Text);
    }

    [Fact]
    public void Line_confidence_is_the_mean_of_its_words()
    {
        var line = Assert.Single(LineBuilder.Build([[W("Số:", 373, 47, conf: 0.9), W("5802/VPCP-CN", 433, 232, conf: 0.8)]], 1, -1));
        Assert.Equal(0.85, line.Confidence);
    }
}
