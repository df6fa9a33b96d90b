using System.Text;
using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Layout;

/// <summary>
/// Turns positioned lines (OCR of a scan, a PDF's text layer) into the text <see cref="LetterReader.Read"/>
/// reads, using where lines sit so that the two-column parts of a letter come out as columns, not
/// interleaved: on page 1 the header's right column (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập – Tự do –
/// Hạnh phúc, place and date) as one block and its left column (issuer, Số, V/v) as another; at the end of
/// the letter the Nơi nhận list (bottom left) and the signature block (bottom right) as separate blocks.
/// Everything else is read top to bottom; two lines side by side stay separate lines, left first, and below a
/// task table's column headings pieces of a row are one line with " | " between the cells. Paragraphs
/// are separated by a blank line (see <see cref="ParagraphBreaks"/>); pages by '\f'; page numbers and
/// seal or speck debris are dropped. Pure and deterministic.
/// </summary>
/// <remarks>
/// Why the right header column first: the reader takes the first "…, ngày … tháng … năm …" of the header as
/// the issue date, and a V/v subject often cites a document "ngày 20/5/2026"; placed first, the place-and-date
/// line wins. Measured on the rendered corpus scans (docs/benchmarks.md, OCR): 6 more fields right on 39 letters
/// than with the left column first (7 letters better, 3 worse), one fewer on the 5 seeds.
/// </remarks>
public static partial class LayoutText
{
    private const int TableRowPieces = 3;

    /// <summary>The letter's text, pages in <see cref="LayoutPage.Number"/> order.</summary>
    public static string Compose(IReadOnlyList<LayoutPage> pages)
    {
        var sb = new StringBuilder();
        var first = true;
        var inTable = false;
        foreach (var page in pages.OrderBy(p => p.Number))
        {
            if (!first)
            {
                sb.Append('\f');
            }
            sb.Append(ComposePage(page, first, ref inTable));
            first = false;
        }
        return sb.ToString();
    }

    private static string ComposePage(LayoutPage page, bool first, ref bool inTable)
    {
        var lines = page.Lines.Where(l => !IsDebris(l) && !IsPageNumber(l, page))
            .Select(l => l with { Text = l.Text.Trim() }).OrderBy(l => l.Y).ToList();
        if (lines.Count == 0)
        {
            return "";
        }
        var blocks = new List<Block>();
        var used = new HashSet<LayoutLine>(ReferenceEqualityComparer.Instance);
        // The header ends at "Kính gửi" at the latest, even when a dash list of recipients follows it on the
        // left, and at a title centred on the text ("KẾ HOẠCH", "THÔNG BÁO"), which may be narrow enough to
        // clear the gutter.
        var margins = new TextBlock(Percentile(lines.Select(l => l.X), 0.1), Percentile(lines.Select(l => l.Right), 0.9), Median(lines.Select(l => l.Height)));
        var top = lines.TakeWhile((l, i) => !HeaderRegionEnd().IsMatch(Folding.Fold(l.Text)) && !(i >= 2 && margins.IsCentred([l]))).ToList();
        if (first && Header(top, page.Width) is { } header)
        {
            blocks.Add(Columns(header.Lines, header.Gutter, used, rightFirst: true));
        }
        if (Closing(lines, page.Width, used) is { } closing)
        {
            blocks.Add(Columns(closing.Lines, closing.Gutter, used));
        }
        var body = Rows.Of(lines.Where(l => !used.Contains(l)));
        for (var i = 0; i < body.Count; i++)
        {
            var breaks = i == 0 || ParagraphBreaks.Breaks(body[i - 1], body[i], margins);
            // Three or more pieces side by side that name a task table's columns start a table; below it, pieces
            // side by side are a table row: kept on one line with its cells marked, as a typed table reads, so
            // the time column stays at the end of the row's lines. Elsewhere such pieces are a closing whose
            // Nơi nhận was not recognised: lines, as before.
            if (body[i].Count >= TableRowPieces && !inTable)
            {
                inTable = TableHeader().Matches(Folding.Fold(string.Join(' ', body[i].Select(l => l.Text)))).Select(m => m.Value).Distinct().Count() >= 2;
            }
            var separator = inTable && body[i].Count >= 2 ? " | " : "\n";
            blocks.Add(new Block(Rows.Top(body[i]), string.Join(separator, body[i].Select(l => l.Text)), breaks));
        }
        var sb = new StringBuilder();
        foreach (var block in blocks.OrderBy(b => b.Top))
        {
            if (sb.Length > 0)
            {
                sb.Append(block.StartsParagraph ? "\n\n" : "\n");
            }
            sb.Append(block.Text);
        }
        return sb.ToString();
    }

    // The header's two columns, from the top line, or from the second or third when OCR ran the first line(s)
    // of both columns together ("ỦY BAN NHÂN DÂN TỈNH LÀO CỘNG HÒA XÃ HỘI…"): those stay as they are, above.
    private static (List<LayoutLine> Lines, Gutter Gutter)? Header(List<LayoutLine> top, double pageWidth)
    {
        for (var skip = 0; skip <= 2 && skip < top.Count; skip++)
        {
            var rest = top.Skip(skip).ToList();
            if (Gutter.Find(rest, pageWidth, minLines: 3) is { } gutter)
            {
                return (rest.Take(gutter.Count).ToList(), gutter);
            }
        }
        return null;
    }

    // A two-column part as two blocks: the header's right column first (see remarks), the closing's left column
    // (Nơi nhận) first. Pieces of one row on the same side are one line of that column ("Số:" and a number
    // stamped with a wide gap).
    private static Block Columns(List<LayoutLine> lines, Gutter gutter, HashSet<LayoutLine> used, bool rightFirst = false)
    {
        used.UnionWith(lines);
        static string Column(IEnumerable<LayoutLine> side) =>
            string.Join('\n', Rows.Of(side).Select(row => string.Join(' ', row.Select(l => l.Text))));
        var left = Column(lines.Where(gutter.IsLeft));
        var right = Column(lines.Where(l => !gutter.IsLeft(l)));
        return new Block(lines.Min(l => l.Y), rightFirst ? $"{right}\n\n{left}" : $"{left}\n\n{right}", StartsParagraph: true);
    }

    // The closing: from the "Nơi nhận" line down, as far as the Nơi nhận | signature gutter holds, plus the
    // signature lines just above it on the right ("KT. BỘ TRƯỞNG" often sits a line higher than "Nơi nhận:").
    private static (List<LayoutLine> Lines, Gutter Gutter)? Closing(List<LayoutLine> lines, double pageWidth, HashSet<LayoutLine> used)
    {
        var anchor = lines.FindIndex(l => !used.Contains(l) && NoiNhan().IsMatch(Folding.Fold(l.Text)));
        if (anchor < 0)
        {
            return null;
        }
        var top = lines[anchor];
        var below = lines.Skip(anchor).Where(l => !used.Contains(l)).ToList();
        if (Gutter.Find(below, pageWidth, minLines: 2) is not { } gutter)
        {
            return null;
        }
        var region = below.Take(gutter.Count).ToList();
        // Lines above join the right column when they clear the Nơi nhận column (the gutter's middle was found without them).
        var leftEdge = region.Where(gutter.IsLeft).Max(l => l.Right);
        for (var i = anchor - 1; i >= 0; i--)
        {
            var l = lines[i];
            if (used.Contains(l) || top.Y - l.Bottom > 6 * top.Height || l.X <= leftEdge || gutter.IsLeft(l))
            {
                break;
            }
            region.Add(l);
        }
        return (region, gutter);
    }

    // What a seal, a signature stroke or a speck of dust reads as: no letter or digit, or a few low-confidence ones (":", "x3:").
    private static bool IsDebris(LayoutLine l)
    {
        var letters = l.Text.Count(char.IsLetterOrDigit);
        return letters == 0 || (l.Confidence < 0.5 && letters < 4);
    }

    // "2", "- 2 -" at the top or bottom of a page.
    private static bool IsPageNumber(LayoutLine l, LayoutPage page) =>
        PageNumber().IsMatch(l.Text) && (l.Y < 0.08 * page.Height || l.Bottom > 0.92 * page.Height);

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    private sealed record Block(double Top, string Text, bool StartsParagraph);

    // The column headings of a task table: "Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian".
    [GeneratedRegex(@"noi\s*dung|nhiem\s*vu|chu\s*tri|phoi\s*hop|thoi\s*(?:gian|han)|(?<!\p{L})thoi(?!\p{L})|tien\s*do|san\s*pham")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^\W*\d{1,3}\W*$")]
    private static partial Regex PageNumber();

    // "Kính gửi", or "Kính" alone when OCR lost the rest of the line.
    [GeneratedRegex(@"^\W*k[iy]nh(?:\s*g[uư]i\b|\W*$)")]
    private static partial Regex HeaderRegionEnd();

    [GeneratedRegex(@"^\W*n[oơ]i\s*nh[aâậ]n\b")]
    private static partial Regex NoiNhan();
}
