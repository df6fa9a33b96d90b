using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// "Nơi nhận:" and its dash list (Phụ lục I mục 9b): the distribution of the letter, not addressees of tasks.
/// The list runs from the label over "-", "+" or "." lines; it ends at the third blank line, or at the first
/// other line after a blank one.
/// </summary>
internal static partial class DistributionList
{
    public static IEnumerable<Span> Find(LetterText text)
    {
        // A text holding the label on many lines ("Nơi nhận:" pasted a thousand times) would have every list
        // walk to the end of the text. A walk's outcome depends only on the line and the blank lines counted
        // so far (0–2), so each (line, count) is walked once and remembered for the later labels.
        Walks? walks = null;
        // Folded text spells the label "noi nhan": its rare "noi" is found vectorised, and the label is only
        // tried there (the unanchored pattern tried every "n" of the letter).
        var folded = text.Folded;
        for (var at = folded.IndexOf("noi", StringComparison.Ordinal); at >= 0; at = folded.IndexOf("noi", at + 1, StringComparison.Ordinal))
        {
            var m = NoiNhan().Match(folded, at);
            if (!m.Success)
            {
                continue;
            }
            walks ??= new Walks(text);
            // The label's own line holds text, so it always belongs to the list; the walk starts below it.
            var label = text.Lines[text.LineIndexAt(m.Index)];
            var end = walks.LastLineEnd(label.Index + 1);
            yield return new Span(m.Index, end < 0 ? label.End : end);
            at = m.Index + m.Length - 1;
        }
    }

    private sealed class Walks(LetterText text)
    {
        private const int Unknown = int.MinValue;
        private const int MaxBlank = 2;
        // The end of the last list line reached from (line, blank lines so far), or -1 when none is.
        private readonly int[] _memo = NewMemo(text.Lines.Count);

        public int LastLineEnd(int first)
        {
            // Walk down until the list ends or a remembered state is met, keeping the states walked.
            var path = new List<(int State, int ListLineEnd)>();
            var line = first;
            var blank = 0;
            var result = -1;
            while (line < text.Lines.Count)
            {
                var state = line * (MaxBlank + 1) + blank;
                if (_memo[state] != Unknown)
                {
                    result = _memo[state];
                    break;
                }
                var l = text.Lines[line];
                var content = text.Folded.AsSpan(l.Start, l.Length).Trim();
                if (content.Length == 0)
                {
                    if (blank == MaxBlank)
                    {
                        break;
                    }
                    path.Add((state, -1));
                    blank++;
                }
                else if (content[0] is '-' or '+' or '.' || blank == 0)
                {
                    path.Add((state, l.End));
                }
                else
                {
                    break;
                }
                line++;
            }
            // Each state walked leads to the last list line after it: the one met beyond the walk, else the
            // last one on the walk at or after it.
            for (var k = path.Count - 1; k >= 0; k--)
            {
                if (result < 0)
                {
                    result = path[k].ListLineEnd;
                }
                _memo[path[k].State] = result;
            }
            return result;
        }

        private static int[] NewMemo(int lines)
        {
            var memo = new int[lines * (MaxBlank + 1)];
            Array.Fill(memo, Unknown);
            return memo;
        }
    }

    // Anchored (\G) where "noi" was found; the lookbehind still sees the text before it.
    [GeneratedRegex(@"\G(?<!\p{L})n[oơ]i\s*nh[aậ]n\s*:")]
    private static partial Regex NoiNhan();
}
