namespace DonDoc.Storage.Tests.Fakes;

/// <summary>Passes requests to a real handler and keeps the last response body, to look at the wire format.</summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public string? LastResponseBody { get; private set; }

    public string? LastRequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        LastResponseBody = System.Text.Encoding.UTF8.GetString(bytes);
        var copy = new ByteArrayContent(bytes);
        foreach (var (name, values) in response.Content.Headers) copy.Headers.TryAddWithoutValidation(name, values);
        response.Content = copy;
        return response;
    }
}
