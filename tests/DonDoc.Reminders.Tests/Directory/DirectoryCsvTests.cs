namespace DonDoc.Reminders.Tests;

public class DirectoryCsvTests
{
    [Fact]
    public void Reads_rows_with_quoted_cells_lists_bom_and_crlf()
    {
        var csv = "\uFEFFkey,displayName,aliases,to,cc,escalation\r\n"
            + "bxd,Bộ Xây dựng,BXD;Bộ trưởng Bộ Xây dựng,bxd@moc.gov.vn,vt@moc.gov.vn,ld@moc.gov.vn\r\n"
            + "ubnd,\"Ủy ban nhân dân các tỉnh, thành phố\",\"UBND các tỉnh, thành phố; Quý Cơ quan\",a@x.gov.vn; b@x.gov.vn,,\r\n"
            + "\r\n"
            + "tct,\"Tổ công tác \"\"liên ngành\"\"\",,t@moc.gov.vn,,\r\n";

        var result = DirectoryCsv.Parse(csv);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["bxd", "ubnd", "tct"], result.Entries.Select(e => e.Key));
        var bxd = result.Entries[0];
        Assert.Equal(["BXD", "Bộ trưởng Bộ Xây dựng"], bxd.Aliases);
        Assert.Equal(["vt@moc.gov.vn"], bxd.Cc);
        Assert.Equal(["ld@moc.gov.vn"], bxd.Escalation);
        Assert.Equal("Ủy ban nhân dân các tỉnh, thành phố", result.Entries[1].DisplayName);
        Assert.Equal(["a@x.gov.vn", "b@x.gov.vn"], result.Entries[1].To);
        Assert.Equal("Tổ công tác \"liên ngành\"", result.Entries[2].DisplayName);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_missing()
    {
        var result = DirectoryCsv.Parse("to,Key,DisplayName\nbtp@moj.gov.vn,btp,Bộ Tư pháp\n");

        Assert.True(result.IsValid);
        var e = Assert.Single(result.Entries);
        Assert.Equal(("btp", "Bộ Tư pháp"), (e.Key, e.DisplayName));
        Assert.Empty(e.Aliases);
        Assert.Empty(e.Cc);
    }

    [Fact]
    public void Names_are_stored_nfc()
    {
        var nfd = "Bộ Tư pháp".Normalize(System.Text.NormalizationForm.FormD);
        var result = DirectoryCsv.Parse($"key,displayName,to\nbtp,{nfd},btp@moj.gov.vn\n");

        Assert.Equal("Bộ Tư pháp", result.Entries[0].DisplayName);
        Assert.True(result.Entries[0].DisplayName.IsNormalized());
    }

    [Theory]
    [InlineData("key,displayName\n", 1, DirectoryCsvErrorCode.MissingColumn)]
    [InlineData("key,displayName,to,emial\n", 1, DirectoryCsvErrorCode.UnknownColumn)]
    [InlineData("key,displayName,to,to\n", 1, DirectoryCsvErrorCode.DuplicateColumn)]
    [InlineData("", 1, DirectoryCsvErrorCode.Empty)]
    [InlineData("key,displayName,to\na,A,a@x.vn\nb,B\n", 3, DirectoryCsvErrorCode.WrongCellCount)]
    [InlineData("key,displayName,to\na,Bộ Tài chính, Hà Nội,a@x.vn\n", 2, DirectoryCsvErrorCode.WrongCellCount)]
    [InlineData("key,displayName,to\na,A,not-an-address\n", 2, DirectoryCsvErrorCode.InvalidEmail)]
    [InlineData("key,displayName,to\na,A,\"Anh A <a@x.vn>\"\n", 2, DirectoryCsvErrorCode.InvalidEmail)]
    [InlineData("key,displayName,to,cc\na,A,a@x.vn,a@x\n", 2, DirectoryCsvErrorCode.InvalidEmail)]
    [InlineData("key,displayName,to\na,A,\n", 2, DirectoryCsvErrorCode.MissingTo)]
    [InlineData("key,displayName,to\n,A,a@x.vn\n", 2, DirectoryCsvErrorCode.InvalidKey)]
    [InlineData("key,displayName,to\n5802/VPCP,A,a@x.vn\n", 2, DirectoryCsvErrorCode.InvalidKey)]
    [InlineData("key,displayName,to\na,,a@x.vn\n", 2, DirectoryCsvErrorCode.MissingDisplayName)]
    [InlineData("key,displayName,to\na,A,a@x.vn\n\nA,B,b@x.vn\n", 4, DirectoryCsvErrorCode.DuplicateKey)]
    [InlineData("key,displayName,aliases,to\na,Bộ Xây dựng,,a@x.vn\nb,Bộ Tài chính,BỘ XÂY DỰNG,b@x.vn\n", 3, DirectoryCsvErrorCode.DuplicateName)]
    [InlineData("key,displayName,to\na,\"Bộ\n\nXây dựng,a@x.vn\n", 2, DirectoryCsvErrorCode.UnterminatedQuote)]
    public void Reports_each_problem_with_its_line(string csv, int line, DirectoryCsvErrorCode code)
    {
        var result = DirectoryCsv.Parse(csv);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Line == line && e.Code == code);
    }

    [Fact]
    public void A_multi_line_cell_counts_lines_from_where_its_row_starts()
    {
        var csv = "key,displayName,to\na,\"Bộ\nXây dựng\",a@x.vn\nb,B,bad\n";

        var error = Assert.Single(DirectoryCsv.Parse(csv).Errors);

        Assert.Equal(4, error.Line);
        Assert.Contains("'bad'", error.Message);
        Assert.Contains("'to'", error.Message);
    }

    [Fact]
    public void Good_rows_survive_bad_ones()
    {
        var result = DirectoryCsv.Parse("key,displayName,to\na,A,a@x.vn\nb,B,oops\nc,C,c@x.vn\n");

        Assert.Equal(["a", "c"], result.Entries.Select(e => e.Key));
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Write_then_parse_gives_the_same_entries()
    {
        var entries = Make.Agencies.Entries.Append(Make.Triage).ToList();

        var csv = DirectoryCsv.Write(entries);
        var back = DirectoryCsv.Parse(csv);

        Assert.StartsWith(DirectoryCsv.Header + "\r\n", csv);
        Assert.True(back.IsValid, string.Join("\n", back.Errors));
        Assert.Equal(entries.Count, back.Entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(entries[i].Key, back.Entries[i].Key);
            Assert.Equal(entries[i].DisplayName, back.Entries[i].DisplayName);
            Assert.Equal(entries[i].Aliases, back.Entries[i].Aliases);
            Assert.Equal(entries[i].To, back.Entries[i].To);
            Assert.Equal(entries[i].Cc, back.Entries[i].Cc);
            Assert.Equal(entries[i].Escalation, back.Entries[i].Escalation);
        }
        Assert.Contains("\"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\"", csv);
    }

    [Fact]
    public void The_file_form_has_a_bom_for_excel_and_reads_back()
    {
        var bytes = DirectoryCsv.WriteUtf8([Make.Triage]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var back = DirectoryCsv.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("Văn thư (phân loại)", Assert.Single(back.Entries).DisplayName);
    }

    [Fact]
    public void Write_refuses_a_list_item_holding_the_separator()
    {
        var entry = Make.Entry("a", "A", aliases: ["X; Y"]);

        Assert.Throws<ArgumentException>(() => DirectoryCsv.Write([entry]));
    }

    [Theory]
    [InlineData("vanthu@moc.gov.vn", true)]
    [InlineData("a.b+c@sub.laocai.gov.vn", true)]
    [InlineData("a@x", false)]
    [InlineData("a b@x.vn", false)]
    [InlineData("a@@x.vn", false)]
    [InlineData(".a@x.vn", false)]
    [InlineData("a..b@x.vn", false)]
    [InlineData("a@x.vn\r\nBcc: evil@x.vn", false)]
    [InlineData("", false)]
    public void Email_rule(string address, bool valid) => Assert.Equal(valid, EmailAddresses.IsValid(address));
}
