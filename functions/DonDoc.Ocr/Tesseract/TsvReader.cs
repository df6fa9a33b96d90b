using System.Globalization;

namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Reads Tesseract's TSV output (`tesseract IMAGE - tsv`): one row per page, block, paragraph, line and
/// word (level 1–5), with left, top, width, height in pixels and conf 0–100 for words. Words are grouped by
/// (block, paragraph, line) in the order Tesseract wrote them, which is its reading order.
/// </summary>
internal static class TsvReader
{
    public static IReadOnlyList<OcrLine> Read(string tsv, double scale)
    {
        var lines = new List<IReadOnlyList<OcrWord>>();
        var words = new List<OcrWord>();
        (string, string, string) current = default;
        foreach (var raw in tsv.Split('\n'))
        {
            var f = raw.TrimEnd('\r').Split('\t');
            // level, page, block, par, line, word, left, top, width, height, conf, text
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }
            var key = (f[2], f[3], f[4]);
            if (key != current)
            {
                lines.Add(words);
                words = [];
                current = key;
            }
            if (Num(f[6]) is { } x && Num(f[7]) is { } y && Num(f[8]) is { } w && Num(f[9]) is { } h && Num(f[10]) is { } c)
            {
                words.Add(new OcrWord(f[11], x, y, w, h, Math.Clamp(c / 100, 0, 1)));
            }
        }
        lines.Add(words);
        return LineBuilder.Build(lines, scale, joinGap: -1);
    }

    private static double? Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
