namespace DonDoc.Storage.Tests;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("5802/VPCP-CN", "5802~2FVPCP-CN")]
    [InlineData("382/TB-VPCP", "382~2FTB-VPCP")]
    [InlineData("Bộ Xây dựng", "Bộ Xây dựng")]
    [InlineData("Văn phòng Chính phủ", "Văn phòng Chính phủ")]
    [InlineData(@"a\b#c?d", "a~5Cb~23c~3Fd")]
    [InlineData("100%", "100~25")]
    [InlineData("~", "~7E")]
    [InlineData("tab\there", "tab~09here")]
    [InlineData("\u0085", "~85")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("", "")]
    public void Encodes_forbidden_characters_and_keeps_the_rest_readable(string raw, string key)
    {
        Assert.Equal(key, TableKey.Encode(raw));
        Assert.Equal(raw, TableKey.Decode(key));
        Assert.True(TableKey.IsValid(key));
    }

    [Theory]
    [InlineData("incoming/Công văn số 12/2025 #3?.pdf")]
    [InlineData("~~2F~7E/")]
    [InlineData("\u0000\u001f\u007f\u009f")]
    [InlineData("2025-08-15|Bộ Xây dựng|5802/VPCP-CN")]
    public void Round_trips(string raw) => Assert.Equal(raw, TableKey.Decode(TableKey.Encode(raw)));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a~zz", "a~zz")]
    [InlineData("end~", "end~")]
    [InlineData("end~4", "end~4")]
    public void Decoding_a_key_not_made_by_encode_keeps_stray_tildes(string key, string raw) => Assert.Equal(raw, TableKey.Decode(key));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\nb")]
    public void Invalid_keys_are_recognised(string key) => Assert.False(TableKey.IsValid(key));
}
