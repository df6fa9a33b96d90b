using DonDoc.App.Ingestion;

namespace DonDoc.App.Tests;

public class BlobCreatedEventTests
{
    // The shape Event Grid delivers to a storage queue (Event Grid schema), as documented for Microsoft.Storage.BlobCreated.
    private const string EventGridEvent = """
        {"topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdondoc",
         "subject":"/blobServices/default/containers/incoming/blobs/2025/Công văn 382.pdf",
         "eventType":"Microsoft.Storage.BlobCreated","id":"1","eventTime":"2025-07-23T01:02:03Z","dataVersion":"",
         "data":{"api":"PutBlob","eTag":"0x8DC","contentType":"application/pdf","contentLength":142977,"blobType":"BlockBlob",
                 "url":"https://stdondoc.blob.core.windows.net/incoming/2025/C%C3%B4ng%20v%C4%83n%20382.pdf"}}
        """;

    [Fact]
    public void Reads_container_and_blob_name_from_the_subject()
    {
        var e = BlobCreatedEvent.Parse(EventGridEvent)!;
        Assert.Equal("incoming", e.Container);
        Assert.Equal("2025/Công văn 382.pdf", e.BlobName);
        Assert.Equal(142977, e.Size);
    }

    [Fact]
    public void Reads_an_array_of_one_event_and_a_json_quoted_event()
    {
        Assert.Equal("2025/Công văn 382.pdf", BlobCreatedEvent.Parse("[" + EventGridEvent + "]")!.BlobName);
        var quoted = System.Text.Json.JsonSerializer.Serialize(EventGridEvent);
        Assert.Equal("2025/Công văn 382.pdf", BlobCreatedEvent.Parse(quoted)!.BlobName);
    }

    [Fact]
    public void Falls_back_to_the_url_when_there_is_no_subject_path_style_for_azurite()
    {
        var e = BlobCreatedEvent.Parse("""{"data":{"url":"http://127.0.0.1:10000/devstoreaccount1/incoming/a%20b/x.png"}}""")!;
        Assert.Equal("incoming", e.Container);
        Assert.Equal("a b/x.png", e.BlobName);
    }

    [Fact]
    public void What_upload_enqueues_reads_back()
    {
        var text = BlobCreatedEvent.Create("incoming", "Tờ trình #5?.pdf", new Uri("http://127.0.0.1:10000/devstoreaccount1/incoming/x"), "0x1", 10);
        var e = BlobCreatedEvent.Parse(text)!;
        Assert.Equal(("incoming", "Tờ trình #5?.pdf", 10L), (e.Container, e.BlobName, e.Size!.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"subject":"/blobServices/default/containers/incoming"}""")]
    public void Anything_else_is_not_an_event(string text) => Assert.Null(BlobCreatedEvent.Parse(text));
}
