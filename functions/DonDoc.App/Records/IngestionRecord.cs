using DonDoc.Storage;

namespace DonDoc.App.Records;

/// <summary>
/// One row of <c>Ingestions</c> per distinct file content (RK = SHA-256, PK its first two hex digits to spread
/// load): what happened to it, where it went, and how long each stage took. It is the idempotency record: the
/// same bytes uploaded again find it and add nothing.
/// </summary>
public sealed record IngestionRecord
{
    public const string Reading = "reading", Done = "done", Duplicate = "duplicate", Failed = "failed";

    public required string Hash { get; init; }
    public required string Status { get; init; }
    public required string BlobName { get; init; }
    public string? LetterId { get; init; }
    public string? Number { get; init; }
    public int TaskCount { get; init; }
    public string? Engine { get; init; }
    public string? Reason { get; init; }
    public string? Detail { get; init; }
    public int Attempts { get; init; }
    public int TimesSeen { get; init; } = 1;
    public long DownloadMs { get; init; }
    public long OcrMs { get; init; }
    public long ReadMs { get; init; }
    public long StoreMs { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static string PartitionFor(string hash) => hash[..2];

    public bool IsFinished => Status is Done or Duplicate or Failed;

    public TableEntity ToEntity()
    {
        var e = new TableEntity(PartitionFor(Hash), Hash);
        e["Status"] = Status;
        e["BlobName"] = BlobName;
        e["LetterId"] = LetterId;
        e["Number"] = Number;
        e["TaskCount"] = TaskCount;
        e["Engine"] = Engine;
        e["Reason"] = Reason;
        e["Detail"] = LetterRow.Clip(Detail);
        e["Attempts"] = Attempts;
        e["TimesSeen"] = TimesSeen;
        e["DownloadMs"] = DownloadMs;
        e["OcrMs"] = OcrMs;
        e["ReadMs"] = ReadMs;
        e["StoreMs"] = StoreMs;
        e["UpdatedAt"] = UpdatedAt;
        return e;
    }

    public static IngestionRecord FromEntity(TableEntity e) => new()
    {
        Hash = e.RowKey,
        Status = e.GetString("Status") ?? Reading,
        BlobName = e.GetString("BlobName") ?? "",
        LetterId = e.GetString("LetterId"),
        Number = e.GetString("Number"),
        TaskCount = (int)(e.GetInt64("TaskCount") ?? 0),
        Engine = e.GetString("Engine"),
        Reason = e.GetString("Reason"),
        Detail = e.GetString("Detail"),
        Attempts = (int)(e.GetInt64("Attempts") ?? 0),
        TimesSeen = (int)(e.GetInt64("TimesSeen") ?? 1),
        DownloadMs = e.GetInt64("DownloadMs") ?? 0,
        OcrMs = e.GetInt64("OcrMs") ?? 0,
        ReadMs = e.GetInt64("ReadMs") ?? 0,
        StoreMs = e.GetInt64("StoreMs") ?? 0,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
    };
}
