using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DonDoc.Reminders;

/// <summary>
/// An iCalendar file (RFC 5545) holding one all-day event on a task's deadline: CRLF line ends, TEXT values
/// escaped (\\ \; \, \n), lines folded at 75 octets without splitting a UTF-8 sequence. The UID is derived
/// from the task id, so importing a later reminder's file updates the same event instead of adding one.
/// </summary>
internal static class CalendarFile
{
    private const int MaxOctets = 75;

    public static byte[] Event(string taskId, DateOnly day, string summary, string? description, DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//DonDoc//Nhac han//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Uid(taskId),
            "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            "DTEND;VALUE=DATE:" + day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            "SUMMARY:" + EscapeText(summary),
        };
        if (!string.IsNullOrEmpty(description))
        {
            lines.Add("DESCRIPTION:" + EscapeText(description));
        }
        lines.AddRange(["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A stable, opaque UID: the task id hashed, so ids with odd characters never reach the file.</summary>
    public static string Uid(string taskId) =>
        "task-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(taskId)).AsSpan(0, 16)) + "@dondoc";

    /// <summary>RFC 5545 §3.3.11 TEXT escaping; CR is dropped, LF becomes \n, other controls are dropped.</summary>
    public static string EscapeText(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>RFC 5545 §3.1: lines longer than 75 octets continue on lines starting with one space.</summary>
    public static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var isPair = char.IsHighSurrogate(line[i]) && i + 1 < line.Length;
            var width = isPair ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                output.Append("\r\n ");
                // The leading space counts toward the next line's 75 octets.
                octets = 1;
            }
            output.Append(line[i]);
            if (isPair)
            {
                output.Append(line[++i]);
            }
            octets += width;
        }
        output.Append("\r\n");
    }
}
