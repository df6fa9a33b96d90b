using System.Text;

namespace DonDoc.Reminders;

/// <summary>
/// The directory as CSV for people to edit (RFC 4180, UTF-8): columns key, displayName, aliases, to, cc,
/// escalation in any order, lists inside a cell separated by ';'. Only key, displayName and to are required.
/// </summary>
public static class DirectoryCsv
{
    /// <summary>The header <see cref="Write"/> produces.</summary>
    public const string Header = "key,displayName,aliases,to,cc,escalation";

    private static readonly string[] Columns = ["key", "displayName", "aliases", "to", "cc", "escalation"];
    private static readonly string[] Required = ["key", "displayName", "to"];

    /// <summary>
    /// Reads every row it can and reports every problem with its line; never throws on bad content.
    /// A row with any problem is left out of <see cref="DirectoryCsvResult.Entries"/>.
    /// </summary>
    public static DirectoryCsvResult Parse(string csvText)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        var errors = new List<DirectoryCsvError>();
        var (records, unterminated) = CsvRecords.Read(csvText);
        if (unterminated is { } quoteLine)
        {
            errors.Add(DirectoryCsvErrors.UnterminatedQuote(quoteLine));
        }
        if (records.Count == 0)
        {
            return new([], [.. errors.Append(DirectoryCsvErrors.Empty())]);
        }

        var columns = ReadHeader(records[0], errors);
        if (columns is null)
        {
            return new([], errors);
        }
        var entries = new List<DirectoryEntry>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, (string Key, int Line)>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count != records[0].Cells.Count)
            {
                errors.Add(DirectoryCsvErrors.WrongCellCount(record.Line, record.Cells.Count, records[0].Cells.Count));
                continue;
            }
            if (ReadRow(record, columns, keys, names, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }
        return new(entries, [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>The entries as CSV with <see cref="Header"/>, CRLF line ends, cells quoted where RFC 4180 needs it.</summary>
    /// <exception cref="ArgumentException">A name, alias or address holds ';' or a line break, which the format cannot carry.</exception>
    public static string Write(IEnumerable<DirectoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in entries)
        {
            string[] cells = [e.Key, e.DisplayName, List(e.Aliases), List(e.To), List(e.Cc), List(e.Escalation)];
            csv.AppendJoin(',', cells.Select(CsvRecords.Quote)).Append("\r\n");
        }
        return csv.ToString();

        static string List(IReadOnlyList<string> items)
        {
            foreach (var item in items)
            {
                if (item.AsSpan().IndexOfAny(";\r\n") >= 0)
                {
                    throw new ArgumentException($"'{item}' holds ';' or a line break, which a directory CSV list cannot carry.", nameof(entries));
                }
            }
            return string.Join(';', items);
        }
    }

    /// <summary>
    /// <see cref="Write"/> as UTF-8 bytes for a file, with a byte-order mark: Excel, which clerks edit the
    /// directory in, reads a UTF-8 CSV as Vietnamese only with one. <see cref="Parse"/> skips it.
    /// </summary>
    public static byte[] WriteUtf8(IEnumerable<DirectoryEntry> entries) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Write(entries))];

    private static Dictionary<string, int>? ReadHeader(CsvRecord header, List<DirectoryCsvError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var before = errors.Count;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Trim();
            var known = Columns.FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(DirectoryCsvErrors.UnknownColumn(name));
            }
            else if (!columns.TryAdd(known, i))
            {
                errors.Add(DirectoryCsvErrors.DuplicateColumn(known));
            }
        }
        errors.AddRange(Required.Where(r => !columns.ContainsKey(r)).Select(DirectoryCsvErrors.MissingColumn));
        return errors.Count == before ? columns : null;
    }

    private static DirectoryEntry? ReadRow(
        CsvRecord row, Dictionary<string, int> columns, Dictionary<string, int> keys,
        Dictionary<string, (string Key, int Line)> names, List<DirectoryCsvError> errors)
    {
        var before = errors.Count;
        string Cell(string column) => columns.TryGetValue(column, out var i) ? row.Cells[i].Trim() : "";

        var key = Cell("key");
        if (key.Length == 0 || key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            errors.Add(DirectoryCsvErrors.InvalidKey(row.Line, key));
        }
        else if (!keys.TryAdd(key, row.Line))
        {
            errors.Add(DirectoryCsvErrors.DuplicateKey(row.Line, key, keys[key]));
        }
        var displayName = Cell("displayName").Normalize(NormalizationForm.FormC);
        if (displayName.Length == 0)
        {
            errors.Add(DirectoryCsvErrors.MissingDisplayName(row.Line));
        }
        var aliases = Split(Cell("aliases")).Select(a => a.Normalize(NormalizationForm.FormC)).ToList();
        var to = Addresses("to");
        if (to.Count == 0)
        {
            errors.Add(DirectoryCsvErrors.MissingTo(row.Line));
        }
        var cc = Addresses("cc");
        var escalation = Addresses("escalation");
        CheckNames(row.Line, key, [displayName, .. aliases], names, errors);
        return errors.Count == before ? new DirectoryEntry(key, displayName, aliases, to, cc, escalation) : null;

        List<string> Addresses(string column)
        {
            var list = Split(Cell(column));
            foreach (var bad in list.Where(a => !EmailAddresses.IsValid(a)))
            {
                errors.Add(DirectoryCsvErrors.InvalidEmail(row.Line, column, bad));
            }
            return list;
        }
    }

    // The same rule as AgencyDirectory's constructor, reported with lines so the file can be fixed.
    private static void CheckNames(
        int line, string key, IEnumerable<string> rowNames, Dictionary<string, (string Key, int Line)> names, List<DirectoryCsvError> errors)
    {
        foreach (var name in rowNames)
        {
            var normalised = AgencyName.Exact(name);
            if (normalised.Length == 0)
            {
                continue;
            }
            if (names.TryGetValue(normalised, out var other) && !other.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(DirectoryCsvErrors.DuplicateName(line, name, other.Key, other.Line));
            }
            else
            {
                names[normalised] = (key, line);
            }
        }
    }

    private static List<string> Split(string cell) =>
        [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
