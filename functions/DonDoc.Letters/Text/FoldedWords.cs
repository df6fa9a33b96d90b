using System.Buffers;

namespace DonDoc.Letters.Text;

/// <summary>
/// Cheap questions about the folded text of a range, asked before running a pattern that could only match
/// when the answer is yes: "does 'thang' follow one of 'trong', 'cuoi', 'het', 'truoc'?" Words may be
/// separated by any whitespace, as <c>\s*</c> allows in the patterns. Every answer errs on the side of
/// yes, so a pattern skipped on a no could not have matched.
/// </summary>
public static class FoldedWords
{
    /// <summary>Decimal digits other than 0–9 ("٣", "３"), which regex <c>\d</c> also matches.</summary>
    internal static readonly SearchValues<char> OtherDigits = SearchValues.Create(
        Enumerable.Range(0x80, char.MaxValue + 1 - 0x80).Select(c => (char)c).Where(char.IsDigit).ToArray());

    /// <summary>True when the folded text holds <paramref name="word"/> within [start, end).</summary>
    public static bool Has(LetterText text, int start, int end, string word) =>
        end > start && text.Folded.AsSpan(start, end - start).Contains(word, StringComparison.Ordinal);

    /// <summary>True when [start, end) holds a decimal digit, as regex <c>\d</c> sees them (any script's digits).</summary>
    public static bool HasDigit(LetterText text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }
        var span = text.Folded.AsSpan(start, end - start);
        return span.IndexOfAnyInRange('0', '9') >= 0 || (text.HasOtherDigits && span.ContainsAny(OtherDigits));
    }

    /// <summary>True when <paramref name="word"/> stands in [start, end) right after (whitespace aside) one of <paramref name="before"/>.</summary>
    public static bool After(LetterText text, int start, int end, string word, ReadOnlySpan<string> before)
    {
        var folded = text.Folded;
        for (var at = IndexOf(folded, word, start, end); at >= 0; at = IndexOf(folded, word, at + 1, end))
        {
            var k = at;
            while (k > start && char.IsWhiteSpace(folded[k - 1]))
            {
                k--;
            }
            var head = folded.AsSpan(start, k - start);
            foreach (var b in before)
            {
                if (head.EndsWith(b, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/> stands in [start, end) right before (whitespace aside) one of <paramref name="after"/>.</summary>
    public static bool Before(LetterText text, int start, int end, string word, ReadOnlySpan<string> after)
    {
        var folded = text.Folded;
        for (var at = IndexOf(folded, word, start, end); at >= 0; at = IndexOf(folded, word, at + 1, end))
        {
            var k = at + word.Length;
            while (k < end && char.IsWhiteSpace(folded[k]))
            {
                k++;
            }
            var tail = folded.AsSpan(k, end - k);
            foreach (var a in after)
            {
                if (tail.StartsWith(a, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The first occurrence of the word wholly inside [from, end), or -1.
    private static int IndexOf(string folded, string word, int from, int end)
    {
        if (end - from < word.Length)
        {
            return -1;
        }
        var i = folded.AsSpan(from, end - from).IndexOf(word, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }
}
