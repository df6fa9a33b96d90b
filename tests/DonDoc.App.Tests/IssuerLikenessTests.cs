using DonDoc.App.Ingestion;

namespace DonDoc.App.Tests;

public class IssuerLikenessTests
{
    [Theory]
    [InlineData("Văn phòng Chính phủ", "Cộng văn phòng chínhphú", true)]   // OCR of a news copy's header
    [InlineData("Bộ Xây dựng", "BỘ XÂY DỤNG", true)]
    [InlineData("UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai", true)]
    [InlineData("UBND tỉnh Lào Cai", "UBND tỉnh Yên Bái", false)]          // same ký hiệu UBND, different provinces
    [InlineData("Bộ Xây dựng", "Bộ Tư pháp", false)]
    [InlineData("Bộ Xây dựng", null, false)]
    public void Reads_alike_despite_ocr_damage_but_not_across_bodies(string? a, string? b, bool same) =>
        Assert.Equal(same, IssuerLikeness.Same(a, b));
}
