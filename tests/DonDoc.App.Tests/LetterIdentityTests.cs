using DonDoc.App.Ingestion;
using DonDoc.Letters;

namespace DonDoc.App.Tests;

public class LetterIdentityTests
{
    private static Letter L(string? number, string? issuer, int? year) =>
        new() { Number = number, Issuer = issuer, IssuedOn = year is { } y ? new DateOnly(y, 8, 15) : null };

    [Fact]
    public void The_same_number_issuer_and_year_is_the_same_letter_whatever_the_spacing_or_normalisation()
    {
        var a = LetterIdentity.Of(L("5802/VPCP-CN", "Văn phòng Chính phủ", 2024))!;
        var b = LetterIdentity.Of(L("5802/vpcp-cn", "Văn  phòng Chính phủ".Normalize(System.Text.NormalizationForm.FormD), 2024))!;
        Assert.Equal(a.LetterId, b.LetterId);
        Assert.Equal("2024-5802-vpcp-cn-van-phong-chinh-phu", a.LetterId);
    }

    [Fact]
    public void The_same_number_from_two_issuers_is_two_letters() =>
        Assert.NotEqual(LetterIdentity.Of(L("12/KH-UBND", "UBND tỉnh Lào Cai", 2025))!.LetterId,
                        LetterIdentity.Of(L("12/KH-UBND", "UBND tỉnh Yên Bái", 2025))!.LetterId);

    [Fact]
    public void The_year_can_come_from_the_number() =>
        Assert.Equal(2025, LetterIdentity.Of(L("123/2025/QĐ-UBND", "UBND tỉnh Lào Cai", null))!.Year);

    [Fact]
    public void No_number_or_no_year_means_no_identity()
    {
        Assert.Null(LetterIdentity.Of(L(null, "Bộ Xây dựng", 2025)));
        Assert.Null(LetterIdentity.Of(L("5176/BXD-PTĐT", "Bộ Xây dựng", null)));
    }

    [Fact]
    public void Ids_are_safe_as_blob_folders_and_table_keys()
    {
        var id = LetterIdentity.Of(L("5176/BXD-PTĐT", "Bộ Xây dựng", 2023))!.LetterId;
        Assert.Equal("2023-5176-bxd-ptdt-bo-xay-dung", id);
        Assert.DoesNotContain(id, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) || c > 127);
    }
}
