using DonDoc.Letters.Text;
using System.Text.RegularExpressions;

namespace DonDoc.Letters.Text;

/// <summary>
/// Splits body text into paragraphs and sentences. Web text has a paragraph a line; OCR text is wrapped at the
/// page width, so a line continues the previous one unless it opens a list item ("1.", "a)", "-", "+") or the
/// previous line closed a sentence and this one starts with a capital.
/// </summary>
public static partial class Paragraphs
{
    public static IReadOnlyList<Span> Split(LetterText text, int start, int end)
    {
        var result = new List<Span>();
        int? open = null;
        var last = -1;
        foreach (var line in text.Lines)
        {
            if (line.End <= start || line.Start >= end)
            {
                continue;
            }
            var s = Math.Max(line.Start, start);
            var e = Math.Min(line.End, end);
            var content = text.Text.AsSpan(s, e - s).Trim();
            if (content.Length == 0)
            {
                if (open is { } o)
                {
                    result.Add(new Span(o, last));
                    open = null;
                }
                continue;
            }
            var startsNew = open is null || ListItem().IsMatch(content) || (ClosesSentence(text.Text, last) && char.IsUpper(content[0]));
            if (startsNew && open is { } o2)
            {
                result.Add(new Span(o2, last));
                open = null;
            }
            open ??= s;
            last = e;
        }
        if (open is { } o3)
        {
            result.Add(new Span(o3, last));
        }
        return result;
    }

    /// <summary>Sentences of a paragraph: split after ". ", "! ", "? " before a capital, except after an abbreviation.</summary>
    public static IReadOnlyList<Span> Sentences(LetterText text, Span paragraph)
    {
        var result = new List<Span>();
        var from = paragraph.Start;
        foreach (Match m in SentenceEnd().MatchesIn(text.Text, paragraph.Start, paragraph.End))
        {
            var from5 = Math.Max(paragraph.Start, m.Index - 5);
            if (Abbreviation().IsMatch(text.Text.AsSpan(from5, m.Index + 1 - from5)))
            {
                continue;
            }
            result.Add(new Span(from, m.Index + 1));
            from = m.Index + m.Length;
        }
        if (from < paragraph.End)
        {
            result.Add(new Span(from, paragraph.End));
        }
        return result;
    }

    private static bool ClosesSentence(string text, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == ' ')
            {
                continue;
            }
            return c is '.' or ':' or ';' or '!' or '?';
        }
        return true;
    }

    [GeneratedRegex(@"^(?:[-+•]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVX]{1,4}[.)]\s|\([a-z0-9]{1,3}\)\s)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[.!?](?:\s+|\s*\n\s*)(?=[\p{Lu}\d(“""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|Q|P|TT|v\.v|St|Mr|Ms|[\p{Lu}])\.|(?:^|\s)\d{1,2}\.)$")]
    private static partial Regex Abbreviation();
}

/// <summary>A span of the text, end exclusive.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}
