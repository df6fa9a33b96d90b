using System.Text;
using DonDoc.Functions;
using Microsoft.AspNetCore.Http;

namespace DonDoc.Functions.Tests;

/// <summary>The envelope as the Functions host really sends it (platform-notes §1.5): quoted strings, numbers as strings, no *Trigger keys.</summary>
public class HostEnvelopeTests
{
    private static async Task<HostEnvelope> Read(string json)
    {
        var ctx = new DefaultHttpContext();
        ctx.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await HostEnvelope.ReadAsync(ctx.Request, CancellationToken.None);
    }

    [Fact]
    public async Task Metadata_strings_arrive_json_quoted_and_numbers_as_strings()
    {
        var e = await Read("""{"Data":{"message":"hello"},"Metadata":{"Id":"\"abc\"","DequeueCount":"2","sys":{"MethodName":"IngestLetter"}}}""");
        Assert.Equal("abc", e.Metadata("Id")!.GetValue<string>());
        Assert.Equal(2, e.MetadataInt("DequeueCount"));
        Assert.Equal("hello", e.Text("message"));
    }

    [Fact]
    public async Task A_queue_message_that_is_json_may_arrive_as_an_object_or_as_text()
    {
        var asObject = await Read("""{"Data":{"message":{"subject":"x"}},"Metadata":{}}""");
        var asText = await Read("""{"Data":{"message":"{\"subject\":\"x\"}"},"Metadata":{}}""");
        Assert.Equal("""{"subject":"x"}""", asObject.Text("message"));
        Assert.Equal("""{"subject":"x"}""", asText.Text("message"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"data":7}""")]
    public async Task A_malformed_envelope_reads_as_empty_without_throwing(string json)
    {
        var e = await Read(json);
        Assert.Null(e.Text("message"));
        Assert.Null(e.MetadataInt("DequeueCount"));
    }
}
