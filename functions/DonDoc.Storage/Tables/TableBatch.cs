using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DonDoc.Storage;

/// <summary>
/// The multipart body of an entity group transaction and the reading of its answer
/// (learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions): one changeset,
/// each action an embedded HTTP request. The service applies all of them or none, and on failure
/// answers with a single response whose error message starts with the failing action's index ("3:…").
/// </summary>
internal static partial class TableBatch
{
    public const int MaxActions = 100;
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Checks the service's rules up front: 1–100 actions, one partition, each row once.</summary>
    public static void Validate(IReadOnlyList<TableAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActions)
            throw new ArgumentException($"A batch holds 1 to {MaxActions} actions, not {actions.Count}.", nameof(actions));
        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity ?? throw new ArgumentException($"Action {i} has no entity.", nameof(actions));
            TableNames.ValidateKeys(entity.PartitionKey, entity.RowKey);
            if (entity.PartitionKey != partition)
                throw new ArgumentException($"Action {i} is in partition '{entity.PartitionKey}', action 0 in '{partition}': a batch stays in one partition.", nameof(actions));
            if (!rows.Add(entity.RowKey))
                throw new ArgumentException($"Action {i} touches row '{entity.RowKey}' a second time: a batch names each entity once.", nameof(actions));
        }
    }

    /// <summary>The request body and its Content-Type (multipart/mixed with a fresh boundary).</summary>
    public static (byte[] Body, string ContentType) Build(TableClient table, IReadOnlyList<TableAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var buffer = new ArrayBufferWriter<byte>(actions.Count * 512);
        using var json = new Utf8JsonWriter(buffer, TableEntityJson.WriterOptions);
        Text(buffer, $"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeset}\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (method, url, ifMatch, hasBody) = action.Kind switch
            {
                TableActionKind.Insert => ("POST", table.Uri.AbsoluteUri, null, true),
                TableActionKind.UpsertReplace => ("PUT", table.EntityUri(action.Entity.PartitionKey, action.Entity.RowKey).AbsoluteUri, null, true),
                TableActionKind.UpsertMerge => ("MERGE", table.EntityUri(action.Entity.PartitionKey, action.Entity.RowKey).AbsoluteUri, null, true),
                TableActionKind.Update => ("MERGE", table.EntityUri(action.Entity.PartitionKey, action.Entity.RowKey).AbsoluteUri, action.IfMatch, true),
                TableActionKind.UpdateReplace => ("PUT", table.EntityUri(action.Entity.PartitionKey, action.Entity.RowKey).AbsoluteUri, action.IfMatch, true),
                TableActionKind.Delete => ("DELETE", table.EntityUri(action.Entity.PartitionKey, action.Entity.RowKey).AbsoluteUri, action.IfMatch, false),
                _ => throw new ArgumentException($"Action {i}: unknown kind {action.Kind}.", nameof(actions)),
            };
            Text(buffer, $"--{changeset}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n{method} {url} HTTP/1.1\r\nAccept: {TableClient.AcceptJson}\r\nDataServiceVersion: 3.0;\r\nContent-ID: {i + 1}\r\n");
            if (ifMatch is not null) Text(buffer, $"If-Match: {ifMatch}\r\n");
            if (hasBody)
            {
                Text(buffer, "Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
                json.Reset(buffer);
                TableEntityJson.Write(json, action.Entity);
                json.Flush();
            }
            Text(buffer, "\r\n");
        }
        Text(buffer, $"--{changeset}--\r\n--{batch}--\r\n");
        if (buffer.WrittenCount > MaxBodyBytes)
            throw new ArgumentException($"The batch body is {buffer.WrittenCount} bytes; the service takes at most {MaxBodyBytes}.", nameof(actions));
        return (buffer.WrittenSpan.ToArray(), "multipart/mixed; boundary=" + batch);
    }

    /// <summary>Throws a <see cref="StorageException"/> naming the failing action when the answer reports a failure.</summary>
    public static void ThrowIfFailed(StorageRequest request, StorageResponse response, IReadOnlyList<TableAction> actions)
    {
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        var text = Utf8.GetString(response.Body);
        foreach (Match status in StatusLine().Matches(text))
        {
            var code = int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (code < 400) continue;
            var jsonStart = text.IndexOf('{', status.Index);
            var (errorCode, message) = jsonStart < 0 ? (null, null) : StorageErrors.Parse(Utf8.GetBytes(JsonObjectAt(text, jsonStart)));
            int? index = message is not null && IndexPrefix().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var which = index is { } n && n < actions.Count
                ? $"action {n} ({actions[n].Kind} {actions[n].Entity.PartitionKey}/{actions[n].Entity.RowKey})"
                : "an action";
            throw new StorageException(code, errorCode, $"{request}: batch of {actions.Count} failed at {which}, nothing applied: {code} {errorCode} {message}",
                StorageException.IsTransientStatus(code)) { FailedActionIndex = index };
        }
    }

    // The error body is one JSON object on its own; cut it out by balancing braces (strings may hold braces).
    private static string JsonObjectAt(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; }
            else if (c == '"') inString = true;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return text[start..(i + 1)];
        }
        return text[start..];
    }

    private static void Text(ArrayBufferWriter<byte> buffer, string s)
    {
        var span = buffer.GetSpan(Utf8.GetMaxByteCount(s.Length));
        buffer.Advance(Utf8.GetBytes(s, span));
    }

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPrefix();
}
