using System.Net;
using System.Text;
using DonDoc.Storage.Tests.Fakes;

namespace DonDoc.Storage.Tests;

/// <summary>How names and keys are escaped into URLs (no Azurite).</summary>
public sealed class UriTests
{
    private static readonly StorageAccount Dev = StorageAccount.FromConnectionString("UseDevelopmentStorage=true");

    [Theory]
    [InlineData("scan.pdf", "http://127.0.0.1:10000/devstoreaccount1/incoming/scan.pdf")]
    [InlineData("2025/07/Công văn 382.pdf", "http://127.0.0.1:10000/devstoreaccount1/incoming/2025/07/C%C3%B4ng%20v%C4%83n%20382.pdf")]
    [InlineData("a#b?c%d+e&f=g.pdf", "http://127.0.0.1:10000/devstoreaccount1/incoming/a%23b%3Fc%25d%2Be%26f%3Dg.pdf")]
    [InlineData("it's (1).pdf", "http://127.0.0.1:10000/devstoreaccount1/incoming/it%27s%20%281%29.pdf")]
    public void Blob_names_are_escaped_per_segment(string name, string uri) =>
        Assert.Equal(uri, Dev.Container("incoming").UriFor(name).AbsoluteUri);

    [Theory]
    [InlineData("")]
    [InlineData("a/../b")]
    [InlineData("./b")]
    public void Names_a_uri_cannot_carry_are_refused(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => Dev.Container("incoming").UriFor(name));

    [Fact]
    public void Entity_keys_have_quotes_doubled_then_percent_encoded() =>
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/Tasks(PartitionKey='O%27%27Brien%20%C4%91',RowKey='5802~2FVPCP-CN')",
            Dev.Table("Tasks").EntityUri("O'Brien đ", TableKey.Encode("5802/VPCP-CN")).AbsoluteUri);

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    public void Bad_table_names_are_refused(string name) => Assert.Throws<ArgumentException>(() => Dev.Table(name));

    [Fact]
    public async Task Query_follows_continuation_through_an_empty_page()
    {
        // The service may answer a page with no entities but a continuation (5-second rule): keep reading.
        var handler = new FakeHandler((request, call, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            if (call == 0)
            {
                response.Content = new StringContent("""{"value":[]}""", Encoding.UTF8, "application/json");
                response.Headers.Add("x-ms-continuation-NextPartitionKey", "1!8!cA--");
                response.Headers.Add("x-ms-continuation-NextRowKey", "1!8!cg--");
            }
            else
            {
                response.Content = new StringContent("""{"value":[{"PartitionKey":"p","RowKey":"r","Count":1}]}""", Encoding.UTF8, "application/json");
            }
            return Task.FromResult(response);
        });
        using var account = StorageAccount.FromConnectionString("UseDevelopmentStorage=true", handler);
        var filter = ODataFilter.Equal("Name", "O'Brien");
        var all = await account.Table("Tasks").QueryAsync(filter, ["Count"]).ToListAsync();
        Assert.Single(all);
        Assert.Equal(2, handler.Calls);
        var first = handler.Requests[0].RequestUri!.AbsoluteUri;
        Assert.Contains("$filter=Name%20eq%20%27O%27%27Brien%27", first);
        Assert.Contains("$select=Count%2CPartitionKey%2CRowKey", first);
        Assert.Contains("NextPartitionKey=1%218%21cA--&NextRowKey=1%218%21cg--", handler.Requests[1].RequestUri!.AbsoluteUri);
    }
}
