using System.Net;

namespace DonDoc.Storage.Tests.Fakes;

/// <summary>An HTTP handler that answers from a script and records what it was sent.</summary>
public sealed class FakeHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private int _calls;

    public List<HttpRequestMessage> Requests { get; } = [];

    public int Calls => _calls;

    /// <summary>Answers each call with the next status of <paramref name="statuses"/> (the last one repeats).</summary>
    public static FakeHandler Statuses(params HttpStatusCode[] statuses) =>
        new((_, call, _) => Task.FromResult(new HttpResponseMessage(statuses[Math.Min(call, statuses.Length - 1)])));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls) - 1;
        lock (Requests) Requests.Add(request);
        return respond(request, call, cancellationToken);
    }
}
