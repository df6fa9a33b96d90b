namespace DonDoc.Letters.Text;

/// <summary>
/// Answers "does any of these spans cover this offset / hold this span?" in O(log n), for spans that may
/// overlap and come in any order. The task reader asks it for every paragraph and sentence of the body;
/// a linear scan of the spans there made reading quadratic in a text holding many letters (one "Nơi nhận"
/// and a few quotations each).
/// </summary>
public sealed class SpanLookup
{
    private readonly int[] _starts;
    // _maxEnds[i]: the furthest end among the spans sorted at 0..i, so one binary search settles a query.
    private readonly int[] _maxEnds;

    public SpanLookup(IEnumerable<Span> spans)
    {
        var sorted = spans.ToArray();
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        _starts = new int[sorted.Length];
        _maxEnds = new int[sorted.Length];
        var max = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            max = Math.Max(max, sorted[i].End);
            _maxEnds[i] = max;
        }
    }

    /// <summary>True when some span has Start ≤ <paramref name="offset"/> &lt; End.</summary>
    public bool Covers(int offset) => MaxEndStartingBy(offset) > offset;

    /// <summary>True when some span has Start ≤ <paramref name="span"/>.Start and <paramref name="span"/>.End ≤ End.</summary>
    public bool Holds(Span span) => MaxEndStartingBy(span.Start) >= span.End;

    // The furthest end among spans that start at or before the offset (int.MinValue when none does).
    private int MaxEndStartingBy(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo == 0 ? int.MinValue : _maxEnds[lo - 1];
    }
}
