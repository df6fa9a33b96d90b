using System.Text;

namespace DonDoc.Reminders;

/// <summary>Escaping for text and links put into HTML mail, where letter text (OCR, clerk input) is untrusted.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Text safe in element content and in double- or single-quoted attributes: &amp; &lt; &gt; " ' escaped,
    /// control characters (except line breaks and tabs) dropped. Vietnamese letters stay as they are (UTF-8).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\t': sb.Append(c); break;
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

    /// <summary>An absolute http(s) link, escaped for an href; null for anything else (javascript:, data:, relative).</summary>
    public static string? Href(Uri? link) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)
            ? Escape(link.AbsoluteUri)
            : null;

    /// <summary>One line of plain text: line breaks and control characters become spaces.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        return string.Join(' ', text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(c => !char.IsControl(c))])));
    }
}
