using DonDoc.App.Records;
using DonDoc.Reminders;
using DonDoc.Storage;

namespace DonDoc.App.Reminders;

/// <summary>
/// The <c>Directory</c> table: one row per agency (PK "agency", RK its key), lists stored as "; "-joined text.
/// The triage entry comes from settings when the table has none, so an unknown assignee always reaches someone.
/// </summary>
public sealed class DirectoryStore(DonDocStorage storage)
{
    private const string Partition = "agency";
    public const string TriageKey = "triage";

    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(CancellationToken ct = default)
    {
        var entries = new List<DirectoryEntry>();
        await foreach (var e in storage.Directory.QueryAsync(ODataFilter.Equal("PartitionKey", Partition), ct: ct))
            entries.Add(new DirectoryEntry(TableKey.Decode(e.RowKey), e.GetString("DisplayName") ?? "", List(e, "Aliases"), List(e, "To"), List(e, "Cc"), List(e, "Escalation")));
        return entries;
    }

    /// <summary>Replaces the whole directory with <paramref name="entries"/> (what an import means to a person).</summary>
    public async Task ReplaceAllAsync(IReadOnlyList<DirectoryEntry> entries, CancellationToken ct = default)
    {
        var keep = entries.Select(e => TableKey.Encode(e.Key)).ToHashSet();
        foreach (var old in await ListAsync(ct))
            if (!keep.Contains(TableKey.Encode(old.Key)))
                await storage.Directory.DeleteAsync(Partition, TableKey.Encode(old.Key), ct: ct);
        foreach (var chunk in entries.Chunk(100))
            await storage.Directory.SubmitBatchAsync([.. chunk.Select(e => new TableAction(TableActionKind.UpsertReplace, ToEntity(e)))], ct);
    }

    public async Task<AgencyDirectory> LoadAsync(string triageAddress, CancellationToken ct = default)
    {
        var entries = await ListAsync(ct);
        if (!entries.Any(e => string.Equals(e.Key, TriageKey, StringComparison.OrdinalIgnoreCase)))
            entries = [.. entries, new DirectoryEntry(TriageKey, "Văn thư (phân loại)", [], [triageAddress], [], [])];
        return AgencyDirectory.WithTriageKey(entries, TriageKey);
    }

    private static TableEntity ToEntity(DirectoryEntry d)
    {
        var e = new TableEntity(Partition, TableKey.Encode(d.Key));
        e["DisplayName"] = d.DisplayName;
        e["Aliases"] = string.Join("; ", d.Aliases);
        e["To"] = string.Join("; ", d.To);
        e["Cc"] = string.Join("; ", d.Cc);
        e["Escalation"] = string.Join("; ", d.Escalation);
        return e;
    }

    private static IReadOnlyList<string> List(TableEntity e, string name) =>
        (e.GetString(name) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
