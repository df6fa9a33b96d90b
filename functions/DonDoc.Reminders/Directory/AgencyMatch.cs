namespace DonDoc.Reminders;

/// <summary>How an assignee string was matched to a directory entry; anything but a triage kind is a real match.</summary>
public enum AgencyMatchKind
{
    /// <summary>The name or an alias, after case, spacing and punctuation were normalised.</summary>
    Exact,

    /// <summary>The same letters once diacritics are dropped: OCR lost or misplaced tone marks ("Bô Xây dưng").</summary>
    Folded,

    /// <summary>A leading title was dropped: "Bộ trưởng Bộ Xây dựng" → "Bộ Xây dựng".</summary>
    WithoutTitle,

    /// <summary>Nothing matched: the office's triage entry.</summary>
    Unknown,

    /// <summary>The folded name fits several entries, so none is chosen: the triage entry.</summary>
    Ambiguous,
}

/// <summary>The entry an assignee resolves to, never null: unmatched names go to the triage entry.</summary>
/// <param name="Entry">The matched entry, or the triage entry.</param>
/// <param name="Kind">How the match was made.</param>
public sealed record AgencyMatch(DirectoryEntry Entry, AgencyMatchKind Kind)
{
    /// <summary>True when the assignee was not recognised and the triage office must route it.</summary>
    public bool IsTriage => Kind is AgencyMatchKind.Unknown or AgencyMatchKind.Ambiguous;
}
