namespace DonDoc.Storage;

/// <summary>What a <see cref="TableAction"/> does.</summary>
public enum TableActionKind
{
    /// <summary>Insert; the batch fails (409 EntityAlreadyExists) if it exists.</summary>
    Insert,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Merge into an existing entity, conditional on <see cref="TableAction.IfMatch"/> (404 if missing, 412 on a changed ETag).</summary>
    Update,

    /// <summary>Delete, conditional on <see cref="TableAction.IfMatch"/> (404 if missing).</summary>
    Delete,

    /// <summary>Replace an existing entity, conditional on <see cref="TableAction.IfMatch"/>.</summary>
    UpdateReplace,
}
