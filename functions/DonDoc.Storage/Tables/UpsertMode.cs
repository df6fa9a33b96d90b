namespace DonDoc.Storage;

/// <summary>How an entity is written: replace every property, or merge into the stored ones.</summary>
public enum UpsertMode
{
    /// <summary>The stored entity becomes exactly this one (PUT).</summary>
    Replace,

    /// <summary>The given properties are added or overwritten; others stay (PATCH/MERGE).</summary>
    Merge,
}
