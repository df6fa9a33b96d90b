namespace DonDoc.Letters.Text;

/// <summary>
/// The input as the recognisers see it: <see cref="Text"/> (NFC, debris blanked), <see cref="Folded"/>
/// (same length, lower-case, no diacritics) and its lines. Offsets are shared by all three and by the NFC input.
/// </summary>
public sealed class LetterText
{
    private readonly int[] _pageStarts;

    private LetterText(string original, string text, int[] pageStarts)
    {
        Original = original;
        Text = text;
        Folded = Folding.Fold(text);
        _pageStarts = pageStarts;
        Lines = SplitLines(text);
    }

    /// <summary>The NFC-normalised input: what evidence offsets index into.</summary>
    public string Original { get; }
    public string Text { get; }
    public string Folded { get; }
    public IReadOnlyList<TextLine> Lines { get; }

    public static LetterText From(string raw)
    {
        var nfc = TextCleaner.Normalize(raw);
        return new LetterText(nfc, TextCleaner.Clean(nfc), FindPageStarts(nfc));
    }

    /// <summary>The 1-based page an offset falls on (pages are split by form feeds or "--- PAGE BREAK ---").</summary>
    public int PageOf(int offset)
    {
        // One plus the number of page starts at or before the offset (the starts are sorted).
        int lo = 0, hi = _pageStarts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_pageStarts[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo + 1;
    }

    public string Slice(int start, int length) => Text.Substring(start, length);

    /// <summary>True when the folded text holds a decimal digit other than 0–9 ("٣", "３"); computed once, on first ask.</summary>
    internal bool HasOtherDigits => _hasOtherDigits ??= Folded.AsSpan().ContainsAny(FoldedWords.OtherDigits);

    private bool? _hasOtherDigits;

    /// <summary>The index of the line that holds <paramref name="offset"/> (a line break belongs to the line it ends).</summary>
    public int LineIndexAt(int offset)
    {
        int lo = 0, hi = Lines.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Lines[mid].End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] FindPageStarts(string nfc)
    {
        var starts = new List<int>();
        for (var at = nfc.IndexOf('\f'); at >= 0; at = nfc.IndexOf('\f', at + 1))
        {
            starts.Add(at + 1);
        }
        var marker = "--- PAGE BREAK ---";
        for (var at = nfc.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = nfc.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at + marker.Length);
        }
        starts.Sort();
        return [.. starts];
    }

    private static TextLine[] SplitLines(string text)
    {
        var lines = new TextLine[text.AsSpan().Count('\n') + 1];
        var start = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var i = text.IndexOf('\n', start);
            var end = i < 0 ? text.Length : i;
            lines[n] = new TextLine(n, start, end - start);
            start = end + 1;
        }
        return lines;
    }
}

/// <summary>One line of the text: its index, start offset and length (without the line break).</summary>
public readonly record struct TextLine(int Index, int Start, int Length)
{
    public int End => Start + Length;
}
