using System.Text;

namespace DonDoc.Reminders;

/// <summary>One CSV record: its cells and the physical line (1-based) it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Splits RFC 4180 text into records: comma-separated cells, double-quoted cells that may hold commas,
/// quotes ("") and line breaks, CRLF or LF line ends. Lenient where it is harmless (a quote inside an
/// unquoted cell is kept as text); an unterminated quoted cell is reported with its line.
/// </summary>
internal static class CsvRecords
{
    public static (List<CsvRecord> Records, int? UnterminatedQuoteLine) Read(string text)
    {
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        var quoted = false;
        var inQuotes = false;
        var quoteLine = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    quoted = false;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (inQuotes)
        {
            return (records, quoteLine);
        }
        EndRecord();
        return (records, null);

        void EndRecord()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            quoted = false;
            // Blank lines carry no record (a trailing newline, or spacing a person left).
            if (cells.Count > 1 || cells[0].Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. cells]));
            }
            cells.Clear();
        }
    }

    /// <summary>A cell as RFC 4180 wants it: quoted when it holds a comma, quote, line break or edge spaces.</summary>
    public static string Quote(string cell)
    {
        var needs = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '));
        return needs ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
