using DonDoc.Letters.Parsers;

namespace DonDoc.Letters.Tests;

/// <summary>
/// Cited documents and the signer's name as OCR of a scan damages them: punctuation in dates and codes, "ngày"
/// glued to a code, one citation read several ways, a seal's edge or strokes in the signer's name.
/// </summary>
public class OcrReferenceAndSignerTests
{
    private const string Head = "Số: 1/UBND-KT\nKính gửi: Các sở.\n\n";

    private static readonly LetterReader Reader = new();

    private static IReadOnlyList<Reference> References(string body) => Reader.Read(Head + body).References;

    [Theory]
    // Stray punctuation after the code, after "ngày", after "tháng"; OCR debris between "số" and the number.
    [InlineData("tại văn bản số 729/BNN-TCLN. ngày 03 tháng 02 năm 2021, ý kiến", "729/BNN-TCLN", "2021-02-03")]
    [InlineData("Văn bản hợp nhất sỐ. 49/VBHN- BNNMT ngày. 21/4/2026 về xác thực", "49/VBHN-BNNMT", "2026-04-21")]
    [InlineData("tại văn bản số 15988/BTC-PC ngày 29 tháng, 12 năm 2020, Bộ", "15988/BTC-PC", "2020-12-29")]
    [InlineData("tại Quyết định số\nl ' 1775/QĐ- -TTg ngày 21 tháng 11 năm 2012 của Thủ tướng", "1775/QĐ-TTg", "2012-11-21")]
    // "ngày" glued to the code; the year of a legal document's number completes a date cut off by a table cell.
    [InlineData("theo Quyết định số 105/2009/QĐ-TTgngày 19/8/2009 của Thủ tướng", "105/2009/QĐ-TTg", "2009-08-19")]
    [InlineData("| Nghị định số 95/2021/NĐ-CP ngày 01 tháng 11 | điều kiện", "95/2021/NĐ-CP", "2021-11-01")]
    public void Reads_a_citation_through_ocr_damage(string body, string number, string date)
    {
        Assert.Contains(new Reference(number, DateOnly.Parse(date)), References(body));
    }

    [Theory]
    [InlineData("Nghị định số 193/2025/NĐ", "193/2025/NĐ-CP")]
    [InlineData("Nghị định số 32/2024/NĐ-GP ngày", "32/2024/NĐ-CP")]
    [InlineData("Luật số 146/2025/QHI15;", "146/2025/QH15")]
    [InlineData("văn bản số 3647/BKHCN-.ĐP ngày", "3647/BKHCN-ĐP")]
    [InlineData("Tờ trình số 4387/TIR-BXD ngày", "4387/TTr-BXD")]
    public void Repairs_a_damaged_code(string body, string number)
    {
        Assert.Equal(number, Assert.Single(References(body)).Number);
    }

    [Fact]
    public void One_citation_read_several_ways_is_one_reference()
    {
        var refs = References("Căn cứ Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025; theo Thông tư số 36/2025/TT1-BNNMT và Thông tư số 36/2025/TT\n"
            + "- BNNMT; Thông tư số 62/2025/QH15 và Nghị định số 62/2025/NĐ-CP.");
        Assert.Equal(["36/2025/TT-BNNMT", "62/2025/QH15", "62/2025/NĐ-CP"], refs.Select(r => r.Number));
        Assert.Equal(new DateOnly(2025, 7, 2), refs[0].Date);
    }

    [Theory]
    // A seal's edge read as a quote between two words.
    [InlineData("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê“Công Thành", "Lê Công Thành")]
    // Seal strokes read as capitals in mixed case are no name; the name below is.
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nŠ WjA\nNguyễn Sỹ Hiệp", "Nguyễn Sỹ Hiệp")]
    // A family name damaged under the seal, printed cleanly in the Nơi nhận list.
    [InlineData("Nơi nhận:\n- VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPiiạm Mạnh Cường", "Phạm Mạnh Cường")]
    public void Reads_the_signer_through_seal_damage(string block, string name)
    {
        Assert.Equal(name, Reader.Read(Head + "Đề nghị các sở thực hiện./.\n\n" + block).Signer.Name);
    }

    [Fact]
    public void A_damaged_name_without_a_clean_copy_stays_as_read()
    {
        var signer = Reader.Read(Head + "Đề nghị các sở thực hiện./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNăng Chung").Signer;
        Assert.Equal("Năng Chung", signer.Name);
    }
}
