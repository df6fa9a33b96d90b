using System.Diagnostics;
using System.Text;
using DonDoc.App.Records;
using DonDoc.Letters;
using DonDoc.Ocr;
using DonDoc.Storage;

namespace DonDoc.App.Ingestion;

/// <summary>
/// From a BlobCreated event to a stored letter (design §3, §6). Every step is idempotent so the event may arrive
/// any number of times: the content hash finds earlier work, blobs and rows are written with fixed names and
/// keys, and the <c>Letters</c> row is written last, so its presence means the letter's tasks are all stored.
/// Permanent problems end in <c>failed/</c> with a reason; transient ones throw for the caller to retry.
/// </summary>
public sealed class LetterIngestion(DonDocStorage storage, IOcrEngine ocr, LetterReader reader, TimeProvider clock)
{
    /// <summary>After this many failed attempts at a file whose fault is not storage's, it is set aside as failed.</summary>
    public const int MaxAttempts = 5;
    /// <summary>Files above this size are refused before download.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;
    private const int MinLetterChars = 30;

    private readonly LetterStore letters = new(storage);
    private readonly FailedFiles failed = new(storage);

    public async Task<IngestionOutcome> IngestAsync(BlobCreatedEvent e, CancellationToken ct = default)
    {
        if (e.Container != storage.Incoming.Name)
            return new IngestionOutcome(IngestionStatus.Ignored, e.BlobName, Reason: $"not in '{storage.Incoming.Name}'");

        var head = await storage.Incoming.HeadAsync(e.BlobName, ct);
        if (head is null)
            return new IngestionOutcome(IngestionStatus.Gone, e.BlobName, Reason: "đã xử lý trước đó hoặc đã bị xóa");
        if (head.Size > MaxBytes)
            return await FailAsync(e.BlobName, null, null, "too-large",
                $"Tệp quá lớn ({head.Size / 1024 / 1024} MB, giới hạn {MaxBytes / 1024 / 1024} MB): hãy quét lại ở độ phân giải thấp hơn hoặc tách tệp.", null, ct);

        var t0 = Stopwatch.GetTimestamp();
        var blob = await storage.Incoming.GetAsync(e.BlobName, ct);
        if (blob is null)
            return new IngestionOutcome(IngestionStatus.Gone, e.BlobName, Reason: "đã xử lý trước đó hoặc đã bị xóa");
        var hash = ContentHash.Of(blob.Bytes);
        var downloadMs = Ms(t0);

        var record = await GetRecordAsync(hash, ct);
        if (record is { IsFinished: true })
            return await SeenBeforeAsync(record, e.BlobName, blob, ct);

        var attempts = (record?.Attempts ?? 0) + 1;
        await SaveAsync(new IngestionRecord { Hash = hash, Status = IngestionRecord.Reading, BlobName = e.BlobName, Attempts = attempts, UpdatedAt = clock.GetUtcNow() }, ct);

        ScanText.Result text;
        var t1 = Stopwatch.GetTimestamp();
        try
        {
            text = await new ScanText(storage, ocr).ReadAsync(blob.Bytes, e.BlobName, hash, ct);
        }
        catch (OcrException x) when (!x.IsTransient)
        {
            return await FailAsync(e.BlobName, blob.Bytes, hash, x.Failure.ToString(), ClerkReason.For(x), x.Message, ct);
        }
        catch (Exception x) when (x is not StorageException && x is not OperationCanceledException && attempts >= MaxAttempts)
        {
            return await FailAsync(e.BlobName, blob.Bytes, hash, "gave-up", $"Không đọc được tệp sau {attempts} lần thử: {x.Message}", x.ToString(), ct);
        }
        var ocrMs = text.FromCache ? 0 : Ms(t1);

        if (text.Text.Count(char.IsLetterOrDigit) < MinLetterChars)
            return await FailAsync(e.BlobName, blob.Bytes, hash, "no-text",
                "Không nhận ra chữ nào trên tệp (trang trắng, ảnh quá mờ hoặc không phải văn bản): hãy quét lại rõ hơn.", null, ct);

        var t2 = Stopwatch.GetTimestamp();
        var letter = reader.Read(text.Text);
        var readMs = Ms(t2);

        var t3 = Stopwatch.GetTimestamp();
        var letterId = LetterIdentity.Of(letter)?.LetterId ?? LetterIdentity.FromHash(hash);
        var existing = await letters.GetAsync(letter.IssuedOn, letterId, ct);
        if (existing is null && await letters.FindAlikeAsync(letter, ct) is { } alike)
        {
            existing = alike;
            letterId = alike.LetterId;
        }
        var known = existing is not null && existing.SourceHash != hash;
        if (known)
            await letters.KeepCopyAsync(letterId, hash, e.BlobName, blob.Bytes, ct);
        else if (existing is null)
            await letters.SaveAsync(letterId, letter, hash, e.BlobName, blob.Bytes, clock.GetUtcNow(), ct);
        var timings = new StageTimings(downloadMs, ocrMs, readMs, Ms(t3));

        await SaveAsync(new IngestionRecord
        {
            Hash = hash, Status = known ? IngestionRecord.Duplicate : IngestionRecord.Done, BlobName = e.BlobName,
            LetterId = letterId, Number = letter.Number, TaskCount = known ? 0 : letter.Tasks.Count, Engine = text.Engine,
            Reason = known ? $"Bản khác của văn bản đã có ({existing!.Number ?? letterId}); không thêm nhiệm vụ." : null,
            Attempts = attempts, DownloadMs = timings.DownloadMs, OcrMs = timings.OcrMs, ReadMs = timings.ReadMs,
            StoreMs = timings.StoreMs, UpdatedAt = clock.GetUtcNow(),
        }, ct);
        // Removed last: a crash before this leaves the blob for ReconcileIncoming, which finds the record finished.
        await storage.Incoming.DeleteAsync(e.BlobName, ct);
        return new IngestionOutcome(known ? IngestionStatus.KnownLetter : IngestionStatus.Ingested, e.BlobName, letterId,
            letter.Number, known ? 0 : letter.Tasks.Count, Timings: timings);
    }

    // The same bytes again: a clerk's second upload, or a redelivered event after the blob was re-put.
    private async Task<IngestionOutcome> SeenBeforeAsync(IngestionRecord record, string blobName, BlobContent blob, CancellationToken ct)
    {
        if (record.Status == IngestionRecord.Failed)
        {
            await failed.MoveAsync(blobName, blob.Bytes, record.Hash, record.Reason ?? "", record.Detail, ct);
        }
        else
        {
            await storage.Incoming.DeleteAsync(blobName, ct);
        }
        await SaveAsync(record with { TimesSeen = record.TimesSeen + 1, UpdatedAt = clock.GetUtcNow() }, ct);
        return record.Status == IngestionRecord.Failed
            ? new IngestionOutcome(IngestionStatus.Failed, blobName, Reason: record.Reason)
            : new IngestionOutcome(IngestionStatus.AlreadyIngested, blobName, record.LetterId, record.Number,
                Reason: $"Tệp này đã được nhận trước đó (văn bản {record.Number ?? record.LetterId}).");
    }

    private async Task<IngestionOutcome> FailAsync(string blobName, ReadOnlyMemory<byte>? bytes, string? hash, string code, string reason, string? detail, CancellationToken ct)
    {
        await failed.MoveAsync(blobName, bytes, hash, reason, detail, ct);
        if (hash is not null)
            await SaveAsync(new IngestionRecord
            {
                Hash = hash, Status = IngestionRecord.Failed, BlobName = blobName, Reason = reason, Detail = detail ?? code,
                UpdatedAt = clock.GetUtcNow(),
            }, ct);
        return new IngestionOutcome(IngestionStatus.Failed, blobName, Reason: reason);
    }

    private async Task<IngestionRecord?> GetRecordAsync(string hash, CancellationToken ct) =>
        await storage.Ingestions.GetAsync(IngestionRecord.PartitionFor(hash), hash, ct) is { } e ? IngestionRecord.FromEntity(e) : null;

    private Task SaveAsync(IngestionRecord r, CancellationToken ct) => storage.Ingestions.UpsertAsync(r.ToEntity(), UpsertMode.Replace, ct);

    private static long Ms(long since) => (long)Stopwatch.GetElapsedTime(since).TotalMilliseconds;
}
