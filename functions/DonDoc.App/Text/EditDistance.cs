namespace DonDoc.App.Text;

/// <summary>
/// Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn one
/// string into the other, compared ordinally (callers fold case and marks first when they want to).
/// Shared by ingestion's issuer likeness and the CLI's evaluation scoring, which both measure OCR damage.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>; 0 when they are equal.</summary>
    public static int Between(string a, string b)
    {
        // Two rows of the table are enough: each row depends only on the one before.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
