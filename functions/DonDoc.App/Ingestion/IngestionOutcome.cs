namespace DonDoc.App.Ingestion;

/// <summary>What became of one incoming file; <see cref="Reason"/> is written for a clerk.</summary>
public sealed record IngestionOutcome(
    IngestionStatus Status, string BlobName, string? LetterId = null, string? Number = null, int TaskCount = 0,
    string? Reason = null, StageTimings? Timings = null);

public enum IngestionStatus
{
    /// <summary>A new letter: stored with its tasks.</summary>
    Ingested,
    /// <summary>A different file of a letter already stored (rescan, news copy): kept with it, no new tasks.</summary>
    KnownLetter,
    /// <summary>The same bytes were ingested before: nothing added.</summary>
    AlreadyIngested,
    /// <summary>Could not be read: moved to <c>failed/</c> with a reason.</summary>
    Failed,
    /// <summary>The blob is no longer in <c>incoming</c> (already handled): nothing to do.</summary>
    Gone,
    /// <summary>The event was not about <c>incoming</c>, or not an event at all.</summary>
    Ignored,
}

/// <summary>Milliseconds spent per stage of one ingestion.</summary>
public sealed record StageTimings(long DownloadMs, long OcrMs, long ReadMs, long StoreMs);
