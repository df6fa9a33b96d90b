using System.Text;

namespace DonDoc.Benchmarks;

/// <summary>The texts the harness reads: the seed letters, the seed mix repeated to a size, and hostile inputs.</summary>
internal static class Inputs
{
    /// <summary>The seed letters concatenated (one per line break) until <paramref name="chars"/>, cut there.</summary>
    public static string Repeat(string[] seeds, int chars)
    {
        var sb = new StringBuilder(chars + 20000);
        for (var i = 0; sb.Length < chars; i++)
        {
            sb.Append(seeds[i % seeds.Length]).Append('\n');
        }
        return sb.ToString(0, chars);
    }

    /// <summary>
    /// The seed letters cut at line breaks into pieces of about 1 KB and interleaved in proportion (the k-th of
    /// n pieces of a letter stands at k/n of the cycle), repeated up to <paramref name="chars"/>. Every size
    /// then holds the same mix of the five letters, so per-KB times compare: letters merely concatenated put
    /// only the first two seeds (the cheapest per KB) in 16 KB.
    /// </summary>
    public static string Interleave(string[] seeds, int chars)
    {
        var pieces = new List<(double Order, string Text)>();
        foreach (var seed in seeds)
        {
            var cut = Pieces(seed, 1024);
            for (var k = 0; k < cut.Count; k++)
            {
                pieces.Add(((k + 0.5) / cut.Count, cut[k]));
            }
        }
        var cycle = string.Concat(pieces.OrderBy(p => p.Order).Select(p => p.Text));
        var sb = new StringBuilder(chars + cycle.Length);
        while (sb.Length < chars)
        {
            sb.Append(cycle);
        }
        return sb.ToString(0, chars);
    }

    // Whole lines, each piece at least `size` chars (the last may be shorter), line breaks kept.
    private static List<string> Pieces(string text, int size)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + size);
            var nl = text.IndexOf('\n', end - 1);
            end = nl < 0 ? text.Length : nl + 1;
            pieces.Add(text[start..end]);
            start = end;
        }
        if (!text.EndsWith('\n'))
        {
            pieces[^1] += "\n";
        }
        return pieces;
    }

    /// <summary>
    /// Inputs that break naive scanners: one character repeated (a line and a word of 1 MB), a letter with
    /// its line breaks removed, digits and slashes (every position starts a date or a number code), and runs
    /// that earlier versions rescanned from each position (header marks, camel case, an unclosed quote).
    /// </summary>
    public static IEnumerable<(string Name, string Text)> Pathological(string[] seeds, int chars)
    {
        var mix = Repeat(seeds, chars);
        yield return ("one letter 'a'", new string('a', chars));
        yield return ("one char 'đ'", new string('đ', chars));
        yield return ("spaces", new string(' ', chars));
        yield return ("line breaks", new string('\n', chars));
        yield return ("'#' marks", new string('#', chars));
        yield return ("seed mix, no line breaks", mix.Replace('\n', ' '));
        yield return ("digits and slashes", Cycle("12/3/2025/4-5/67/", chars));
        yield return ("dates, no spaces", Cycle("ngày15tháng8năm2025", chars));
        yield return ("camel case 'aB'", Cycle("aB", chars));
        yield return ("'V/v ' + one word", "V/v " + new string('x', chars - 4));
        yield return ("unclosed quotes", Cycle("“trước ngày 15/8 ", chars));
        yield return ("deadline triggers", Cycle("trước ngày trong tháng quý ", chars));
        yield return ("'giao ' + agency words", Cycle("giao Bộ Sở Ủy ban ", chars));
        yield return ("'. ' then capitals", Cycle(". A", chars));
        yield return ("table pipes", Cycle("| Thời gian | Nội dung | Chủ trì |\n", chars));
        yield return ("'Nơi nhận:' lines", Cycle("Nơi nhận:\n", chars));
    }

    private static string Cycle(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars)
        {
            sb.Append(unit);
        }
        return sb.ToString(0, chars);
    }
}
