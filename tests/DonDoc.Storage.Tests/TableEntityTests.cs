using System.Text.Json;

namespace DonDoc.Storage.Tests;

public sealed class TableEntityTests
{
    [Fact]
    public void Json_round_trip_keeps_every_type()
    {
        var e = Sample();
        using var doc = JsonDocument.Parse(TableEntityJson.Serialize(e));
        var back = TableEntityJson.Read(doc.RootElement);
        AssertSameProperties(e, back);
    }

    [Fact]
    public void Json_annotates_the_types_json_cannot_carry()
    {
        var json = System.Text.Encoding.UTF8.GetString(TableEntityJson.Serialize(Sample()));
        Assert.Contains("\"Big@odata.type\":\"Edm.Int64\",\"Big\":\"9007199254740993\"", json);
        Assert.Contains("\"Due@odata.type\":\"Edm.DateTime\",\"Due\":\"2025-08-15T01:02:03.4567891Z\"", json);
        Assert.Contains("\"Id@odata.type\":\"Edm.Guid\"", json);
        Assert.Contains("\"Blob@odata.type\":\"Edm.Binary\",\"Blob\":\"AQID\"", json);
        Assert.Contains("\"Whole@odata.type\":\"Edm.Double\"", json);
        Assert.Contains("\"Count\":42", json);
    }

    [Fact]
    public void Typed_getters_widen_and_refuse_other_types()
    {
        var e = Sample();
        Assert.Equal(42L, e.GetInt64("Count"));
        Assert.Equal(42.0, e.GetDouble("Count"));
        Assert.Null(e.GetString("Missing"));
        Assert.Null(e.GetInt32("Missing"));
        Assert.Throws<InvalidCastException>(() => e.GetString("Count"));
        Assert.Throws<InvalidCastException>(() => e.GetInt32("Big"));
    }

    [Fact]
    public void Null_removes_and_datetimes_become_utc()
    {
        var e = new TableEntity("p", "r") { ["A"] = "x" };
        e["A"] = null;
        Assert.False(e.Properties.ContainsKey("A"));
        e["Local"] = new DateTime(2025, 1, 1, 7, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.Zero), e.GetDateTimeOffset("Local"));
        e["Vn"] = new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(TimeSpan.Zero, e.GetDateTimeOffset("Vn")!.Value.Offset);
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("Timestamp")]
    [InlineData("has-dash")]
    [InlineData("1st")]
    public void Reserved_and_invalid_names_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new TableEntity("p", "r") { [name] = "x" });

    [Fact]
    public void Unsupported_types_are_refused() =>
        Assert.Throws<ArgumentException>(() => new TableEntity("p", "r") { ["D"] = 1.5m });

    internal static TableEntity Sample() => new("Bộ Xây dựng", "5802~2FVPCP-CN")
    {
        ["Subject"] = "Kết luận của Phó Thủ tướng về \"đô thị thông minh\" — O'Brien",
        ["Count"] = 42,
        ["Big"] = 9007199254740993L,
        ["Ratio"] = 0.1,
        ["Whole"] = 3.0,
        ["Done"] = true,
        ["Due"] = new DateTimeOffset(2025, 8, 15, 1, 2, 3, TimeSpan.Zero).AddTicks(4567891),
        ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ["Blob"] = new byte[] { 1, 2, 3 },
    };

    internal static void AssertSameProperties(TableEntity expected, TableEntity actual)
    {
        Assert.Equal(expected.PartitionKey, actual.PartitionKey);
        Assert.Equal(expected.RowKey, actual.RowKey);
        Assert.Equal(expected.Properties.Keys.Order(), actual.Properties.Keys.Order());
        foreach (var (name, value) in expected.Properties)
        {
            var other = actual[name];
            Assert.True(value is byte[] bytes ? bytes.SequenceEqual((byte[])other!) : value.Equals(other),
                $"{name}: expected {value} ({value.GetType().Name}), got {other} ({other?.GetType().Name})");
        }
    }
}
