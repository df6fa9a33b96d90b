using Azure.Core;

namespace DonDoc.Storage;

/// <summary>
/// One Storage account: its endpoints, credentials and the single <see cref="HttpClient"/> (pooled
/// connections) that every blob container, queue and table client of it shares. Create one per account
/// for the life of the app; thread-safe.
/// </summary>
public sealed class StorageAccount : IDisposable
{
    private readonly HttpClient _http;

    private StorageAccount(Uri blob, Uri queue, Uri table, IRequestAuthorizer blobQueueAuth, IRequestAuthorizer tableAuth,
        string? accountName, HttpMessageHandler? handler, StorageOptions? options)
    {
        Options = options ?? StorageOptions.Default;
        Options.Validate();
        BlobEndpoint = blob;
        QueueEndpoint = queue;
        TableEndpoint = table;
        AccountName = accountName;
        // A caller's handler (tests, proxies) stays the caller's to dispose.
        _http = handler is null ? new HttpClient(CreateHandler(Options), disposeHandler: true) : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt itself
        Pipeline = new StoragePipeline(_http, Options);
        BlobQueueAuthorizer = blobQueueAuth;
        TableAuthorizer = tableAuth;
    }

    /// <summary>The Blob service endpoint, e.g. http://127.0.0.1:10000/devstoreaccount1.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The Queue service endpoint.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>The Table service endpoint.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The account name when known (SharedKey); null with Entra ID.</summary>
    public string? AccountName { get; }

    /// <summary>Timeouts, retries and the service version in use.</summary>
    public StorageOptions Options { get; }

    internal StoragePipeline Pipeline { get; }

    internal IRequestAuthorizer BlobQueueAuthorizer { get; }

    internal IRequestAuthorizer TableAuthorizer { get; }

    /// <summary>
    /// An account authorized with SharedKey, from a connection string (see <see cref="StorageConnectionString"/>),
    /// <c>UseDevelopmentStorage=true</c> included.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="handler">The HTTP handler to send through (tests); by default a pooled <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="options">Timeouts and retries; <see cref="StorageOptions.Default"/> when null.</param>
    /// <exception cref="FormatException">The connection string is malformed or has no key.</exception>
    public static StorageAccount FromConnectionString(string connectionString, HttpMessageHandler? handler = null, StorageOptions? options = null)
    {
        var cs = StorageConnectionString.Parse(connectionString);
        var credential = new SharedKeyCredential(cs.AccountName, cs.AccountKey);
        var version = (options ?? StorageOptions.Default).ServiceVersion;
        return new StorageAccount(cs.BlobEndpoint, cs.QueueEndpoint, cs.TableEndpoint,
            new SharedKeyAuthorizer(credential, table: false, version), new SharedKeyAuthorizer(credential, table: true, version),
            cs.AccountName, handler, options);
    }

    /// <summary>
    /// An account authorized with Entra ID bearer tokens (scope https://storage.azure.com/.default), as in
    /// Azure where shared keys are off: the identity needs the Storage Blob/Queue/Table Data roles.
    /// </summary>
    /// <param name="blob">e.g. https://acct.blob.core.windows.net (AzureWebJobsStorage__blobServiceUri).</param>
    /// <param name="queue">e.g. https://acct.queue.core.windows.net.</param>
    /// <param name="table">e.g. https://acct.table.core.windows.net.</param>
    /// <param name="credential">e.g. a ManagedIdentityCredential or DefaultAzureCredential.</param>
    /// <param name="handler">The HTTP handler to send through (tests).</param>
    /// <param name="options">Timeouts and retries.</param>
    public static StorageAccount FromServiceUris(Uri blob, Uri queue, Uri table, TokenCredential credential, HttpMessageHandler? handler = null, StorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(credential);
        var authorizer = new BearerTokenAuthorizer(credential);
        return new StorageAccount(blob, queue, table, authorizer, authorizer, null, handler, options);
    }

    /// <summary>A client for the blob container <paramref name="name"/> (lower-case letters, digits, dashes). No request is made.</summary>
    public BlobContainer Container(string name) => new(this, name);

    /// <summary>A client for the queue <paramref name="name"/> (lower-case letters, digits, dashes). No request is made.</summary>
    public StorageQueue Queue(string name) => new(this, name);

    /// <summary>A client for the table <paramref name="name"/> (letters and digits, not starting with a digit). No request is made.</summary>
    public TableClient Table(string name) => new(this, name);

    /// <summary>Releases the pooled connections (and the handler, unless the caller supplied it).</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>The endpoint's URI text without a trailing slash, to which escaped paths are appended.</summary>
    internal static string Base(Uri endpoint) => endpoint.AbsoluteUri.TrimEnd('/');

    private static SocketsHttpHandler CreateHandler(StorageOptions options) => new()
    {
        PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5), // pick up DNS changes of the storage front ends
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };
}
