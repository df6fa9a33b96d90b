using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace DonDoc.Storage;

/// <summary>
/// One table: create, insert, upsert, conditional update, point read, query with continuation, delete,
/// and entity group transactions, over OData JSON. Get it from <see cref="StorageAccount.Table"/>; thread-safe.
/// </summary>
/// <remarks>
/// Keys go into URLs with single quotes doubled and percent-encoded, so any valid key works; keys must not
/// contain / \ # ? or control characters (use <see cref="TableKey.Encode"/>). Write methods return a copy
/// of the entity carrying the new ETag; the argument is not modified. "Null/false when it does not exist"
/// is about the entity: a missing table (404 TableNotFound) always throws.
/// </remarks>
public sealed class TableClient
{
    internal const string AcceptJson = "application/json;odata=minimalmetadata";
    private static readonly HttpMethod Patch = HttpMethod.Patch; // Merge Entity; the docs' MERGE verb is also accepted
    private readonly StorageAccount _account;
    private readonly string _base;   // endpoint + "/" + table name
    private readonly string _service; // endpoint

    internal TableClient(StorageAccount account, string name)
    {
        TableNames.ValidateTableName(name);
        _account = account;
        Name = name;
        _service = StorageAccount.Base(account.TableEndpoint);
        _base = _service + "/" + name;
        Uri = new Uri(_base);
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>The table's URI (where inserts are posted).</summary>
    public Uri Uri { get; }

    /// <summary>Creates the table unless it exists.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"TableName\":\"{Name}\"}}"); // the name is validated alphanumeric
        var request = Json(HttpMethod.Post, new Uri(_service + "/Tables"), body).With("Prefer", "return-no-content");
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccess && response.Status != 409) throw StorageErrors.From(request, response);
    }

    /// <summary>Deletes the table and everything in it; false when it did not exist.</summary>
    public async Task<bool> DeleteTableAsync(CancellationToken ct = default)
    {
        var request = Json(HttpMethod.Delete, new Uri($"{_service}/Tables('{Name}')"), null);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (response.Status == 404) return false;
        return response.IsSuccess ? true : throw StorageErrors.From(request, response);
    }

    /// <summary>Inserts a new entity.</summary>
    /// <exception cref="StorageException">409 EntityAlreadyExists when it exists.</exception>
    public async Task<TableEntity> InsertAsync(TableEntity e, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(e);
        TableNames.ValidateKeys(e.PartitionKey, e.RowKey);
        var request = Json(HttpMethod.Post, Uri, TableEntityJson.Serialize(e)).With("Prefer", "return-no-content");
        return Written(e, await SendOkAsync(request, ct).ConfigureAwait(false));
    }

    /// <summary>Inserts, or replaces/merges into, the entity with these keys, whatever its ETag.</summary>
    public async Task<TableEntity> UpsertAsync(TableEntity e, UpsertMode mode = UpsertMode.Replace, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(e);
        var method = mode == UpsertMode.Replace ? HttpMethod.Put : Patch;
        var request = Json(method, EntityUri(e.PartitionKey, e.RowKey), TableEntityJson.Serialize(e));
        return Written(e, await SendOkAsync(request, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Updates an existing entity if its stored ETag is <paramref name="ifMatch"/> ("*": any): optimistic
    /// concurrency for status transitions.
    /// </summary>
    /// <exception cref="StorageException">412 UpdateConditionNotSatisfied when someone else wrote it first; 404 when it does not exist.</exception>
    public async Task<TableEntity> UpdateAsync(TableEntity e, string ifMatch, UpsertMode mode = UpsertMode.Merge, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var method = mode == UpsertMode.Replace ? HttpMethod.Put : Patch;
        var request = Json(method, EntityUri(e.PartitionKey, e.RowKey), TableEntityJson.Serialize(e)).With("If-Match", ifMatch);
        return Written(e, await SendOkAsync(request, ct).ConfigureAwait(false));
    }

    /// <summary>Reads one entity by its keys; null when it does not exist.</summary>
    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken ct = default)
    {
        var request = Json(HttpMethod.Get, EntityUri(partitionKey, rowKey), null);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (StorageErrors.IsItemNotFound(response)) return null;
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        using var doc = JsonDocument.Parse(response.Body);
        return TableEntityJson.Read(doc.RootElement, response.Header("ETag"));
    }

    /// <summary>
    /// The entities matching <paramref name="filter"/> (build it with <see cref="ODataFilter"/>; null: all),
    /// in key order, following the service's continuation tokens page by page as the caller enumerates.
    /// </summary>
    /// <param name="filter">An OData $filter, e.g. <c>ODataFilter.Equal("PartitionKey", pk)</c>.</param>
    /// <param name="select">Properties to return; PartitionKey and RowKey are always added. Null: all.</param>
    /// <param name="top">At most this many entities in all (OData $top); null: every match. Pages hold at most 1,000.</param>
    /// <param name="ct">Cancels the enumeration.</param>
    public async IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IReadOnlyList<string>? select = null, int? top = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (top is < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "At least 1.");
        var fixedQuery = QueryParameters(filter, select);
        var remaining = top ?? int.MaxValue;
        string? nextPartition = null, nextRow = null;
        do
        {
            var url = new StringBuilder(_base.Length + fixedQuery.Length + 64).Append(_base).Append("()?").Append(fixedQuery);
            url.Append("&$top=").Append(Math.Min(remaining, 1000).ToString(CultureInfo.InvariantCulture));
            if (nextPartition is not null) url.Append("&NextPartitionKey=").Append(Uri.EscapeDataString(nextPartition));
            if (nextRow is not null) url.Append("&NextRowKey=").Append(Uri.EscapeDataString(nextRow));
            var response = await SendOkAsync(Json(HttpMethod.Get, new Uri(url.ToString()), null), ct).ConfigureAwait(false);
            // A page may be empty and still carry a continuation (the 5-second rule): keep going.
            nextPartition = response.Header("x-ms-continuation-NextPartitionKey");
            nextRow = response.Header("x-ms-continuation-NextRowKey");
            var page = ReadPage(response.Body);
            foreach (var entity in page)
            {
                yield return entity;
                if (--remaining == 0) yield break;
            }
        }
        while (nextPartition is not null);
    }

    /// <summary>Deletes an entity if its ETag is <paramref name="ifMatch"/> ("*": any); false when it does not exist.</summary>
    /// <exception cref="StorageException">412 when the ETag no longer matches.</exception>
    public async Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var request = Json(HttpMethod.Delete, EntityUri(partitionKey, rowKey), null).With("If-Match", ifMatch);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (StorageErrors.IsItemNotFound(response)) return false;
        return response.IsSuccess ? true : throw StorageErrors.From(request, response);
    }

    /// <summary>
    /// Runs up to 100 actions on one partition as one transaction: all are applied, or none.
    /// </summary>
    /// <exception cref="ArgumentException">Empty, more than 100 actions, several partitions, a row twice, or over 4 MiB.</exception>
    /// <exception cref="StorageException">The service refused an action; <see cref="StorageException.FailedActionIndex"/> says which, and nothing was applied.</exception>
    public async Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken ct = default)
    {
        TableBatch.Validate(actions);
        var (body, contentType) = TableBatch.Build(this, actions);
        var request = new StorageRequest(HttpMethod.Post, new Uri(_service + "/$batch")) { Body = body, ContentType = contentType }
            .With("Accept", AcceptJson)
            .With("DataServiceVersion", "3.0;NetFx")
            .With("MaxDataServiceVersion", "3.0;NetFx");
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        TableBatch.ThrowIfFailed(request, response, actions);
    }

    /// <summary>The entity's URI: <c>table(PartitionKey='…',RowKey='…')</c>, quotes doubled, then percent-encoded.</summary>
    internal Uri EntityUri(string partitionKey, string rowKey)
    {
        TableNames.ValidateKeys(partitionKey, rowKey);
        return new Uri($"{_base}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')");
    }

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string QueryParameters(string? filter, IReadOnlyList<string>? select)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(filter)) sb.Append("$filter=").Append(Uri.EscapeDataString(filter));
        if (select is { Count: > 0 })
        {
            foreach (var name in select)
                if (!TableNames.IsIdentifier(name)) throw new ArgumentException($"'{name}' is not a property name.", nameof(select));
            var names = select.Concat(["PartitionKey", "RowKey"]).Distinct(StringComparer.Ordinal);
            sb.Append(sb.Length > 0 ? "&" : "").Append("$select=").Append(Uri.EscapeDataString(string.Join(',', names)));
        }
        return sb.ToString();
    }

    private static List<TableEntity> ReadPage(byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var list = new List<TableEntity>();
        if (doc.RootElement.TryGetProperty("value", out var value))
            foreach (var item in value.EnumerateArray()) list.Add(TableEntityJson.Read(item));
        return list;
    }

    private static TableEntity Written(TableEntity e, StorageResponse response)
    {
        var copy = e.Clone();
        copy.ETag = response.Header("ETag") ?? copy.ETag;
        return copy;
    }

    private static StorageRequest Json(HttpMethod method, Uri uri, byte[]? body)
    {
        var request = body is null ? new StorageRequest(method, uri) : new StorageRequest(method, uri) { Body = body, ContentType = "application/json" };
        return request.With("Accept", AcceptJson).With("DataServiceVersion", "3.0;NetFx").With("MaxDataServiceVersion", "3.0;NetFx");
    }

    private Task<StorageResponse> SendAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendAsync(request, _account.TableAuthorizer, ct);

    private Task<StorageResponse> SendOkAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendOkAsync(request, _account.TableAuthorizer, ct);
}
