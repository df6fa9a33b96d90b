namespace DonDoc.Reminders;

/// <summary>The rows that were read correctly, and every problem found in the others.</summary>
/// <param name="Entries">Valid rows, in file order. A row with any error is left out.</param>
/// <param name="Errors">Problems, in line order; empty when the file is clean.</param>
public sealed record DirectoryCsvResult(IReadOnlyList<DirectoryEntry> Entries, IReadOnlyList<DirectoryCsvError> Errors)
{
    /// <summary>True when every row was read.</summary>
    public bool IsValid => Errors.Count == 0;
}
