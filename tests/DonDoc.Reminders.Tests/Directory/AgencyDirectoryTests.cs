using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

public class AgencyDirectoryTests
{
    [Theory]
    [InlineData("Bộ Xây dựng", "bxd", AgencyMatchKind.Exact)]
    [InlineData("BXD", "bxd", AgencyMatchKind.Exact)]
    [InlineData("bxd", "bxd", AgencyMatchKind.Exact)]
    [InlineData("BỘ XÂY DỰNG", "bxd", AgencyMatchKind.Exact)]
    [InlineData("  Bộ   Xây\tdựng. ", "bxd", AgencyMatchKind.Exact)]
    [InlineData("Bộ trưởng Bộ Xây dựng", "bxd", AgencyMatchKind.Exact)]
    [InlineData("Bô Xây dưng", "bxd", AgencyMatchKind.Folded)]
    [InlineData("Bo Xay dung", "bxd", AgencyMatchKind.Folded)]
    [InlineData("Thứ trưởng Bộ Tư pháp", "btp", AgencyMatchKind.WithoutTitle)]
    [InlineData("Giám đốc Sở Tài chính tỉnh Lào Cai", "stc-laocai", AgencyMatchKind.WithoutTitle)]
    [InlineData("Sở Tài chính tỉnh Lào Cai", "stc-laocai", AgencyMatchKind.Exact)]
    [InlineData("Sở Tài chính - tỉnh Lào Cai", "stc-laocai", AgencyMatchKind.Exact)]
    [InlineData("UBND tỉnh Lào Cai", "ubnd-laocai", AgencyMatchKind.Exact)]
    [InlineData("Chủ tịch UBND tỉnh Lào Cai", "ubnd-laocai", AgencyMatchKind.WithoutTitle)]
    [InlineData("Uỷ ban nhân dân tỉnh Lào Cai", "ubnd-laocai", AgencyMatchKind.Folded)]
    [InlineData("UBND các tỉnh, thành phố", "ubnd-tinh", AgencyMatchKind.Exact)]
    [InlineData("UBND các tỉnh, thành phố trực thuộc TW", "ubnd-tinh", AgencyMatchKind.Exact)]
    [InlineData("Quý Cơ quan", "office", AgencyMatchKind.Exact)]
    [InlineData("quý cơ quan", "office", AgencyMatchKind.Exact)]
    [InlineData("Các Thành viên Tổ Công tác", "tct", AgencyMatchKind.Exact)]
    public void Resolves_names_aliases_and_damaged_spellings(string assignee, string key, AgencyMatchKind kind)
    {
        var match = Agencies.Resolve(assignee);

        Assert.Equal(key, match.Entry.Key);
        Assert.Equal(kind, match.Kind);
        Assert.False(match.IsTriage);
    }

    [Fact]
    public void Decomposed_input_matches_like_composed()
    {
        var nfd = "Bộ Tư pháp".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("btp", Agencies.Resolve(nfd).Entry.Key);
    }

    [Theory]
    [InlineData("Bộ Ngoại giao")]
    [InlineData("Các Bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Bộ trưởng")]
    public void Unknown_names_go_to_triage_never_nowhere(string? assignee)
    {
        var match = Agencies.Resolve(assignee);

        Assert.Same(Triage, match.Entry);
        Assert.Equal(AgencyMatchKind.Unknown, match.Kind);
        Assert.True(match.IsTriage);
        Assert.NotEmpty(match.Entry.To);
    }

    [Fact]
    public void A_folded_name_shared_by_two_entries_is_ambiguous_and_goes_to_triage()
    {
        // "Bộ Công an" and a made-up "Bộ Công ăn" differ only in a tone mark.
        var directory = new AgencyDirectory([Entry("bca", "Bộ Công an"), Entry("x", "Bộ Công ăn")], Triage);

        Assert.Equal("bca", directory.Resolve("Bộ Công an").Entry.Key);
        var ocr = directory.Resolve("Bo Cong an");
        Assert.Equal(AgencyMatchKind.Ambiguous, ocr.Kind);
        Assert.Same(Triage, ocr.Entry);
    }

    [Fact]
    public void Rejects_a_triage_entry_without_address()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AgencyDirectory([], Triage with { To = [] }));
        Assert.Contains("nowhere", ex.Message);
    }

    [Fact]
    public void Rejects_one_name_for_two_entries_and_repeated_keys()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AgencyDirectory(
            [Entry("a", "Bộ Xây dựng"), Entry("b", "Bộ Tài chính", ["bộ xây dựng"]), Entry("a", "Khác")], Triage));

        Assert.Contains("names both 'a' and 'b'", ex.Message);
        Assert.Contains("key 'a' appears twice", ex.Message);
    }

    [Fact]
    public void The_triage_entry_can_come_from_the_entries_by_key()
    {
        var directory = AgencyDirectory.WithTriageKey([Entry("bxd", "Bộ Xây dựng"), Triage]);

        Assert.Same(Triage, directory.Triage);
        Assert.Single(directory.Entries);
        Assert.Throws<ArgumentException>(() => AgencyDirectory.WithTriageKey([Entry("bxd", "Bộ Xây dựng")]));
    }
}
