using DonDoc.Letters.Parsers;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tests;

/// <summary>Header "Số:" lines as printed, web-copied and OCR'd → the letter's own number.</summary>
public class DocumentNumberSpecTests
{
    [Theory]
    [InlineData("Số: 382/TB-VPCP", "382/TB-VPCP")]
    [InlineData("Số: **5176** /BXD-PTĐT", "5176/BXD-PTĐT")]
    [InlineData("Số: **3909** /BXD-PTĐTHà Nội, ngày **05** tháng 9 năm 2022V/v triển khai", "3909/BXD-PTĐT")]
    [InlineData("Số: 06-NQ/TW", "06-NQ/TW")]
    [InlineData("Số: 18/2020/QĐ-TTg", "18/2020/QĐ-TTg")]
    [InlineData("số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023", "4222/TCT-PC")]
    [InlineData("Số: 4489 /TCT-TTKT Hà Nội, ngày ñ| tháng 42 năm 2022", "4489/TCT-TTKT")]
    [InlineData("Số: 45/KH-UBND", "45/KH-UBND")]
    [InlineData(" Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026", "4390/UBND-NLN")]
    [InlineData("Số 2449 -CV/ĐU", "2449-CV/ĐU")]
    // A joint document wraps its ký hiệu; PDFs set some capitals in Cyrillic look-alikes.
    [InlineData(" Số: 24 /HDLN-BCA-BQP-BYT-                 Hà Nội, ngày 25 tháng 6 năm 2026\n ВСТ-ВТC-VKSNDTC-TANDTC", "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC")]
    // "SỐ 1050/QĐ-SCT" without a colon names the decision behind an inspection team; "Số:" is the letter's own.
    [InlineData("    ĐOÀN KIỂM TRA\n  THEO QUYẾT ĐỊNH\n   SỐ 1050/QĐ-SCT          Lào Cai, ngày 10 tháng 3 năm 2026\n     Số: 1105/KH-ĐKT", "1105/KH-ĐKT")]
    public void Reads_the_number(string line, string expected)
    {
        var text = LetterText.From(line);
        var reading = DocumentNumberParser.Read(text, HeaderRegion.Find(text));
        Assert.Equal(expected, reading?.Code);
    }

    [Theory]
    [InlineData("Số: đút /VPCP- KTTH Hà Nội, ngày OL tháng 4 năm 2018.")]
    [InlineData("Số: TC /TCT-PC")]
    public void Unreadable_numbers_are_reported_not_guessed(string line)
    {
        var letter = new LetterReader().Read(line);
        Assert.Null(letter.Number);
        Assert.Contains(letter.Warnings, w => w.Code == "NumberUnreadable");
    }
}
