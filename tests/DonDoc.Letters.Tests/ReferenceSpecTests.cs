using DonDoc.Letters.Parsers;

namespace DonDoc.Letters.Tests;

/// <summary>Documents a letter cites, with their dates, and codes as OCR and PDF extraction leave them → as issued.</summary>
public class ReferenceSpecTests
{
    private static readonly LetterReader Reader = new();

    [Theory]
    [InlineData("Căn cứ Quyết định số 950/QĐ-TTg ngày 01/8/2018 của Thủ tướng Chính phủ;", "950/QĐ-TTg", "2018-08-01")]
    [InlineData("tại Nghị quyết số 71/NQ-CP của Chính phủ ngày 01 tháng 4 năm 2025 sửa đổi", "71/NQ-CP", "2025-04-01")]
    // The date opens the clause that issues the document.
    [InlineData("Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP sửa đổi.", "119/2025/NĐ-CP", "2025-06-09")]
    [InlineData("Ngày 18/8/2026, Sở Nông nghiệp và Môi trường đã có Văn bản số\n 7914/SNNMT-KS để đề nghị các cơ quan.", "7914/SNNMT-KS", "2026-08-18")]
    // A code wrapped at its hyphen, a colon after "số", a hyphen doubled by OCR.
    [InlineData("và Chương trình hành động số 31-\n   CTr/TW ngày 28/7/2026 của Bộ Chính trị", "31-CTr/TW", "2026-07-28")]
    [InlineData("và Quyết định số: 2339/QĐ-UBND ngày 12/12/2025 của Ủy ban nhân dân tỉnh", "2339/QĐ-UBND", "2025-12-12")]
    [InlineData("phê duyệt tại Quyết định số 950/QĐ- -TTg ngày\n01 tháng 8 năm 2018, theo đúng", "950/QĐ-TTg", "2018-08-01")]
    public void Reads_a_cited_document_and_its_date(string sentence, string number, string date)
    {
        var refs = Reader.Read("Số: 1/UBND-KT\nKính gửi: Các sở.\n\n" + sentence).References;
        Assert.Contains(new Reference(number, DateOnly.Parse(date)), refs);
    }

    [Fact]
    public void A_date_that_belongs_to_an_earlier_citation_is_not_taken()
    {
        var refs = Reader.Read("Số: 1/UBND-KT\n\nNghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ ban hành Chương trình thực hiện Nghị quyết số 10-NQ/TW; Quyết định số 334/QĐ-TTg.").References;
        Assert.Contains(new Reference("10-NQ/TW", null), refs);
    }

    [Fact]
    public void The_letters_own_place_and_date_are_not_a_citations_date()
    {
        var refs = Reader.Read("Số: 1153/BNNMT-QLĐĐ\nV/v triển khai Nghị định số 49/2026/NĐ-CP của Chính phủ | Hà Nội, ngày 03 tháng 02 năm 2026\n").References;
        Assert.Contains(new Reference("49/2026/NĐ-CP", null), refs);
    }

    [Fact]
    public void A_technical_regulation_is_cited_by_its_code()
    {
        var refs = Reader.Read("Số: 1/UBND-KT\n\nhiện tại Quy chuẩn QCVN 122:2024/BGTVT3, Thông tư số 47/2024/TT-BGTVT4 của Bộ Xây dựng").References;
        Assert.Equal([new Reference("QCVN122:2024/BGTVT", null), new Reference("47/2024/TT-BGTVT", null)], refs);
    }

    [Theory]
    [InlineData("2146/QD-BTC", "2146/QĐ-BTC")]
    [InlineData("555/QĐÐ-BCT", "555/QĐ-BCT")]
    [InlineData("114/2018/NĐ-CE", "114/2018/NĐ-CP")]
    [InlineData("105/2025/NĐ-CP2", "105/2025/NĐ-CP")]
    [InlineData("42/2024/QH151", "42/2024/QH15")]
    [InlineData("42/2024/QH15", "42/2024/QH15")]
    [InlineData("24/HDLN-ВСТ-ВТC", "24/HDLN-BCT-BTC")]
    [InlineData("1059/CTTTH-TTKT1", "1059/CTTTH-TTKT1")]
    [InlineData("12/HD-UBND", "12/HD-UBND")]
    public void A_code_is_written_as_issued(string read, string issued)
    {
        Assert.Equal(issued, DocumentCode.Normalize(read));
    }
}
