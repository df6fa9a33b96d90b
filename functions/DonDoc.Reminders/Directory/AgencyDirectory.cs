using System.Collections.Frozen;

namespace DonDoc.Reminders;

/// <summary>
/// Resolves the assignee a letter names ("Bộ Xây dựng", "BXD", "Bộ trưởng Bộ Xây dựng", "Bô Xây dưng") to a
/// directory entry. Never returns nothing: a name that matches no entry, or several, resolves to the
/// office's triage entry. Immutable and thread-safe.
/// </summary>
public sealed class AgencyDirectory
{
    private readonly FrozenDictionary<string, DirectoryEntry> exact;

    // A folded key shared by different entries maps to null: ambiguous, so the triage office decides.
    private readonly FrozenDictionary<string, DirectoryEntry?> folded;

    /// <summary>A directory over <paramref name="entries"/> that sends everything it cannot place to <paramref name="triage"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The triage entry has no To address, an entry has no To address, keys repeat, or one name or alias
    /// (after normalisation) belongs to two entries.
    /// </exception>
    public AgencyDirectory(IEnumerable<DirectoryEntry> entries, DirectoryEntry triage)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(triage);
        if (triage.To.Count == 0)
        {
            throw new ArgumentException("The triage entry needs at least one To address: nothing may go nowhere.", nameof(triage));
        }
        Triage = triage;
        Entries = [.. entries];

        var problems = new List<string>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var exactKeys = new Dictionary<string, DirectoryEntry>(StringComparer.Ordinal);
        var foldedKeys = new Dictionary<string, DirectoryEntry?>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!keys.Add(entry.Key))
            {
                problems.Add($"key '{entry.Key}' appears twice");
            }
            if (entry.To.Count == 0)
            {
                problems.Add($"entry '{entry.Key}' has no To address");
            }
            foreach (var name in NamesOf(entry))
            {
                var key = AgencyName.Exact(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (exactKeys.TryGetValue(key, out var other) && other.Key != entry.Key)
                {
                    problems.Add($"'{name}' names both '{other.Key}' and '{entry.Key}'");
                    continue;
                }
                exactKeys[key] = entry;
                var f = AgencyName.FoldKey(key);
                foldedKeys[f] = foldedKeys.TryGetValue(f, out var seen) && seen?.Key != entry.Key ? null : entry;
            }
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid directory: " + string.Join("; ", problems), nameof(entries));
        }
        exact = exactKeys.ToFrozenDictionary(StringComparer.Ordinal);
        folded = foldedKeys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The entry for names nobody recognised, and for tasks a person must check.</summary>
    public DirectoryEntry Triage { get; }

    /// <summary>Every entry except triage, in the order given.</summary>
    public IReadOnlyList<DirectoryEntry> Entries { get; }

    /// <summary>
    /// A directory over <paramref name="entries"/> whose entry keyed <paramref name="triageKey"/> is the
    /// triage entry (the way a CSV export carries it).
    /// </summary>
    /// <exception cref="ArgumentException">No entry has that key, or the directory is invalid.</exception>
    public static AgencyDirectory WithTriageKey(IEnumerable<DirectoryEntry> entries, string triageKey = "triage")
    {
        var list = entries.ToList();
        var triage = list.FirstOrDefault(e => string.Equals(e.Key, triageKey, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No entry has the triage key '{triageKey}'.", nameof(entries));
        return new AgencyDirectory(list.Where(e => !ReferenceEquals(e, triage)), triage);
    }

    /// <summary>
    /// The entry an assignee names: its display name or an alias, compared on the normalised key, then
    /// without diacritics, then without a leading title; otherwise the triage entry.
    /// </summary>
    public AgencyMatch Resolve(string? assignee)
    {
        var key = AgencyName.Exact(assignee ?? "");
        if (key.Length == 0)
        {
            return new AgencyMatch(Triage, AgencyMatchKind.Unknown);
        }
        if (Lookup(key) is { } match)
        {
            return match;
        }
        if (AgencyName.WithoutTitle(key) is { } untitled && Lookup(untitled) is { IsTriage: false } m)
        {
            return m with { Kind = AgencyMatchKind.WithoutTitle };
        }
        return new AgencyMatch(Triage, AgencyMatchKind.Unknown);
    }

    private AgencyMatch? Lookup(string key)
    {
        if (exact.TryGetValue(key, out var entry))
        {
            return new AgencyMatch(entry, AgencyMatchKind.Exact);
        }
        if (folded.TryGetValue(AgencyName.FoldKey(key), out var f))
        {
            return f is null ? new AgencyMatch(Triage, AgencyMatchKind.Ambiguous) : new AgencyMatch(f, AgencyMatchKind.Folded);
        }
        return null;
    }

    private static IEnumerable<string> NamesOf(DirectoryEntry entry) => [entry.DisplayName, .. entry.Aliases];
}
