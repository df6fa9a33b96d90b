using System.Text;
using DonDoc.Letters;
using DonDoc.Storage;

namespace DonDoc.App.Records;

/// <summary>
/// Where a letter lives: <c>letters/{id}/original.*</c> and <c>letter.json</c>, its <c>Tasks</c> and <c>OpenTasks</c>
/// rows, and last its <c>Letters</c> row. Writes are upserts under fixed keys, so repeating a save is harmless.
/// </summary>
public sealed class LetterStore(DonDocStorage storage)
{
    // A table transaction holds at most 100 operations, all in one partition.
    private const int BatchSize = 100;

    public async Task<LetterRow?> GetAsync(DateOnly? issuedOn, string letterId, CancellationToken ct) =>
        await storage.LetterTable.GetAsync(LetterRow.PartitionFor(issuedOn), letterId, ct) is { } e ? LetterRow.FromEntity(e) : null;

    /// <summary>
    /// A stored letter with the same số/ký hiệu issued the same month by an issuer whose name reads alike — the same
    /// paper when OCR damaged the issuer's name on one of the scans.
    /// </summary>
    public async Task<LetterRow?> FindAlikeAsync(DonDoc.Letters.Letter letter, CancellationToken ct)
    {
        if (letter.Number is null || letter.IssuedOn is null) return null;
        var filter = ODataFilter.And(ODataFilter.Equal("PartitionKey", LetterRow.PartitionFor(letter.IssuedOn)), ODataFilter.Equal("Number", letter.Number));
        await foreach (var e in storage.LetterTable.QueryAsync(filter, ct: ct))
        {
            var row = LetterRow.FromEntity(e);
            if (Ingestion.IssuerLikeness.Same(row.Issuer, letter.Issuer)) return row;
        }
        return null;
    }

    public static string OriginalBlob(string letterId, string sourceName) => $"{letterId}/original{Extension(sourceName)}";

    public async Task SaveAsync(string letterId, Letter letter, string hash, string sourceName, ReadOnlyMemory<byte> original, DateTimeOffset now, CancellationToken ct)
    {
        var originalBlob = OriginalBlob(letterId, sourceName);
        var meta = new Dictionary<string, string> { ["sha256"] = hash };
        await storage.Letters.PutAsync(originalBlob, original, ContentType(sourceName), meta, ct: ct);
        await storage.Letters.PutAsync($"{letterId}/letter.json", Encoding.UTF8.GetBytes(LetterJson.Write(letter, sourceName, pretty: true)), "application/json; charset=utf-8", ct: ct);

        var tasks = TaskRow.From(letterId, letter);
        await UpsertAllAsync(storage.Tasks, tasks.Select(t => t.ToTaskEntity()), ct);
        await UpsertAllAsync(storage.OpenTasks, tasks.Where(t => t.IsTracked).Select(t => t.ToOpenEntity()), ct);
        await storage.LetterTable.UpsertAsync(LetterRow.From(letterId, letter, hash, sourceName, originalBlob, now).ToEntity(), UpsertMode.Replace, ct);
    }

    /// <summary>Keeps another file of a known letter beside it (a rescan, a news copy), adding no tasks.</summary>
    public Task KeepCopyAsync(string letterId, string hash, string sourceName, ReadOnlyMemory<byte> bytes, CancellationToken ct) =>
        storage.Letters.PutAsync($"{letterId}/copies/{hash[..16]}{Extension(sourceName)}", bytes, ContentType(sourceName),
            new Dictionary<string, string> { ["sha256"] = hash }, ct: ct);

    private static async Task UpsertAllAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken ct)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
            foreach (var chunk in partition.Chunk(BatchSize))
                await table.SubmitBatchAsync([.. chunk.Select(e => new TableAction(TableActionKind.UpsertReplace, e))], ct);
    }

    internal static string Extension(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext.Length is > 1 and <= 6 && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : ".bin";
    }

    internal static string ContentType(string name) => Extension(name) switch
    {
        ".pdf" => "application/pdf",
        ".tif" or ".tiff" => "image/tiff",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
