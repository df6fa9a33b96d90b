using System.Text.RegularExpressions;

namespace DonDoc.Letters.Text;

/// <summary>
/// Regex matching inside a span of a long text without copying it: the recognisers run per sentence, and
/// slicing the text for each would make reading quadratic in the letter's size.
/// </summary>
public static class RegexRange
{
    /// <summary>Every match that lies within [start, end).</summary>
    public static IEnumerable<Match> MatchesIn(this Regex regex, string input, int start, int end)
    {
        if (end <= start)
        {
            yield break;
        }
        for (var m = regex.Match(input, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    /// <summary>The first match within [start, end).</summary>
    public static Match FirstIn(this Regex regex, string input, int start, int end) =>
        regex.Match(input, start, Math.Max(0, end - start));
}
