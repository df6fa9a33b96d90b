namespace DonDoc.StorageBenchmarks;

/// <summary>The three measured workloads; both clients run each one with the same entities.</summary>
internal enum Scenario
{
    /// <summary>Upserts (replace) one by one, each awaited before the next.</summary>
    Upserts,

    /// <summary>Inserts in 100-entity transactions into one partition.</summary>
    Batches,

    /// <summary>A partition query reading back what <see cref="Batches"/> wrote.</summary>
    Query,
}
