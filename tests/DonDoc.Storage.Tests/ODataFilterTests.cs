namespace DonDoc.Storage.Tests;

public sealed class ODataFilterTests
{
    [Theory]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("''", "''''''")]
    [InlineData("Bộ Xây dựng", "'Bộ Xây dựng'")]
    [InlineData("", "''")]
    public void Quote_doubles_single_quotes(string value, string literal) => Assert.Equal(literal, ODataFilter.Quote(value));

    [Fact]
    public void Literals_are_typed()
    {
        Assert.Equal("Name eq 'x'", ODataFilter.Equal("Name", "x"));
        Assert.Equal("Count eq 5", ODataFilter.Equal("Count", 5));
        Assert.Equal("Size eq 5L", ODataFilter.Equal("Size", 5L));
        Assert.Equal("Ratio gt 3.0", ODataFilter.GreaterThan("Ratio", 3.0));
        Assert.Equal("Ratio lt 0.25", ODataFilter.LessThan("Ratio", 0.25));
        Assert.Equal("Done ne true", ODataFilter.NotEqual("Done", true));
        Assert.Equal("Due le datetime'2025-08-15T00:00:00.0000000Z'", ODataFilter.LessThanOrEqual("Due", new DateTimeOffset(2025, 8, 15, 7, 0, 0, TimeSpan.FromHours(7))));
        Assert.Equal("Id eq guid'0f8fad5b-d9cb-469f-a165-70867728950e'", ODataFilter.Equal("Id", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
    }

    [Fact]
    public void Combinators_parenthesise()
    {
        var f = ODataFilter.And(ODataFilter.Equal("PartitionKey", "p"), ODataFilter.Or(ODataFilter.Equal("A", 1), ODataFilter.Equal("B", 2)));
        Assert.Equal("(PartitionKey eq 'p') and ((A eq 1) or (B eq 2))", f);
        Assert.Equal("not (A eq 1)", ODataFilter.Not(ODataFilter.Equal("A", 1)));
        Assert.Equal("A eq 1", ODataFilter.And(ODataFilter.Equal("A", 1)));
    }

    [Fact]
    public void StartsWith_is_a_key_range()
    {
        Assert.Equal("(RowKey ge '2025-08') and (RowKey lt '2025-09')", ODataFilter.StartsWith("RowKey", "2025-08"));
    }

    [Theory]
    [InlineData("A eq 1 or B")]
    [InlineData("x')")]
    [InlineData("1abc")]
    [InlineData("")]
    public void Property_names_cannot_smuggle_expressions(string property) =>
        Assert.ThrowsAny<ArgumentException>(() => ODataFilter.Equal(property, "x"));
}
