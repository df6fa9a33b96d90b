using System.Text;
using DonDoc.Ocr.Formats;
using DonDoc.Ocr.Tests.Support;

namespace DonDoc.Ocr.Tests.Formats;

/// <summary>Formats are recognised from the bytes; sizes come from headers without decoding.</summary>
public class FormatTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", "Pdf")]
    [InlineData("\u00EF\u00BB\u00BF%PDF-1.4", "Pdf")] // junk before the marker is allowed
    [InlineData("II*\0", "Tiff")]
    [InlineData("MM\0*", "Tiff")]
    [InlineData("Số: 12/UBND", "Other")]
    public void Detects_by_magic_bytes(string head, string expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(Encoding.Latin1.GetBytes(head)).Format.ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "Png", "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "Jpeg", "a JPEG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "Other", "a zip archive (Word/Excel .docx/.xlsx or .zip)")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, "Other", "an old Word/Excel file (.doc/.xls)")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "Other", "an image in another format (GIF, BMP, WebP, HEIC)")]
    [InlineData(new byte[] { 0x00, 0x01, 0xFE, 0x42 }, "Other", "unrecognised data")]
    public void Names_what_it_found(byte[] head, string format, string english)
    {
        var found = FormatSniffer.Detect(head);
        Assert.Equal((format, english), (found.Format.ToString(), found.English));
    }

    [Fact]
    public void Text_is_recognised_even_when_cut_inside_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal("text", FormatSniffer.Detect(bytes[..^1]).English);
    }

    [Fact]
    public void Png_size_from_the_header()
    {
        var scan = ImageHeaders.Read(DocumentFormat.Png, File.ReadAllBytes(Repo.Scan("501-5802-VPCP-CN-1.png")), 50);
        var page = Assert.Single(scan.Pages);
        Assert.Equal((1653L, 2339L, 0.0), (page.Width, page.Height, page.Dpi)); // no pHYs chunk: resolution unknown
        Assert.Null(scan.Damage);
    }

    [Fact]
    public void Tiff_pages_from_the_directory_chain()
    {
        var scan = ImageHeaders.Read(DocumentFormat.Tiff, File.ReadAllBytes(Repo.Scan("504-3909-BXD-PTDT.tiff")), 50);
        Assert.Equal(2, scan.Pages.Count);
        Assert.All(scan.Pages, p => Assert.Equal((1653L, 2339L), (p.Width, p.Height)));
    }

    [Fact]
    public void Tiff_page_count_stops_one_past_the_limit()
    {
        var scan = ImageHeaders.Read(DocumentFormat.Tiff, File.ReadAllBytes(Repo.Scan("504-3909-BXD-PTDT.tiff")), maxPages: 1);
        Assert.Equal(2, scan.Pages.Count);
    }

    [Fact]
    public void Claimed_size_is_read_even_when_the_rest_is_missing()
    {
        var scan = ImageHeaders.Read(DocumentFormat.Png, TestImage.PngHeaderOnly(20000, 20000), 50);
        Assert.Equal(400_000_000L, scan.Pages[0].Pixels);
        Assert.NotNull(scan.Damage);
    }

    [Fact]
    public void Jpeg_size_from_the_frame_header()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 2, 1, 0x01, 0x2C, 0x01, 0x2C, 0, 0,
            0xFF, 0xC0, 0x00, 0x0B, 8, 0x0D, 0xB4, 0x09, 0xB0, 1, 1, 0x11, 0, 0xFF, 0xD9];
        var scan = ImageHeaders.Read(DocumentFormat.Jpeg, jpeg, 50);
        Assert.Equal((2480L, 3508L, 300.0), (scan.Pages[0].Width, scan.Pages[0].Height, scan.Pages[0].Dpi));
        Assert.Null(scan.Damage);
    }

    [Fact]
    public void Cut_header_is_reported_not_thrown_past()
    {
        Assert.Throws<BadHeaderException>(() => ImageHeaders.Read(DocumentFormat.Tiff, "II*\0\u0008"u8.ToArray(), 50));
        Assert.Throws<BadHeaderException>(() => ImageHeaders.Read(DocumentFormat.Png, [0x89, 0x50, 0x4E, 0x47], 50));
        Assert.Throws<BadHeaderException>(() => ImageHeaders.Read(DocumentFormat.Jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 0x00], 50));
    }
}
