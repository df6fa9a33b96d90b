using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the "Kính gửi:" addressees (Phụ lục I mục 9a) — or those of a công điện ("… điện:") or a giấy mời
/// ("… kính mời:") — : one line ("Kính gửi: Bộ trưởng Bộ Xây dựng.") or a
/// dash list, each item ending in ";" or ".". Names keep their commas ("UBND các tỉnh, thành phố …"); stamp
/// debris before a dash is dropped; an addressee listed twice is kept once.
/// </summary>
public static partial class RecipientsParser
{
    private const int MaxItems = 80;

    public static RecipientsReading Read(LetterText text, HeaderRegion header)
    {
        var limit = Math.Min(text.Lines.Count, header.EndLine + 3);
        for (var i = 0; i < limit; i++)
        {
            var line = text.Lines[i];
            var m = KinhGui().Match(text.Folded, line.Start, line.Length);
            if (!m.Success)
            {
                m = Addressed().Match(text.Folded, line.Start, line.Length);
                if (!m.Success || (m.Groups["cable"].Success && !VietnameseCase.IsUpper(text.Text[line.Start..m.Index])))
                {
                    continue;
                }
            }
            var items = new List<string>();
            var first = text.Text[(m.Index + m.Length)..line.End];
            var end = line.End;
            if (first.Trim().Length > 0)
            {
                AddItems(items, first);
            }
            var blankRun = 0;
            for (var k = i + 1; k < text.Lines.Count && items.Count < MaxItems; k++)
            {
                var next = text.Lines[k];
                var s = text.Text.Substring(next.Start, next.Length);
                if (s.Trim().Length == 0)
                {
                    if (items.Count > 0 && ++blankRun > 0 && !NextIsItem(text, k))
                    {
                        break;
                    }
                    continue;
                }
                blankRun = 0;
                var dash = ItemStart().Match(s);
                if (!dash.Success)
                {
                    // A name wrapped onto the next line continues the previous item until it ends in ";" or ".":
                    // in lower case ("… trực thuộc Trung" / "ương;"), after a comma ("Xây dựng, Công" / "Thương;"),
                    // or as a short line ("… giúp việc" / "Đảng ủy Ủy ban nhân dân tỉnh,").
                    if (items.Count > 0 && !EndsItem(items[^1]) && StartsAnotherBody(items[^1], s.Trim()))
                    {
                        AddItems(items, s);
                        end = next.End;
                        continue;
                    }
                    if (items.Count > 0 && !EndsItem(items[^1]) && Continues(items[^1], s.Trim()))
                    {
                        items[^1] += " " + s.Trim();
                        end = next.End;
                        continue;
                    }
                    break;
                }
                AddItems(items, s[(dash.Index + dash.Length)..]);
                end = next.End;
            }
            // OCR specks after "Kính gửi:" ("DA ä .") are no addressee: a name has at least a few letters.
            var tidy = items.Select(x => Spaces.Tidy(x)).Where(x => x.Count(char.IsLetter) >= 5).Distinct(NameComparer.Instance).ToList();
            return new RecipientsReading(tidy, m.Index, end);
        }
        return new RecipientsReading([], -1, -1);
    }

    private static bool NextIsItem(LetterText text, int k)
    {
        for (var j = k + 1; j < text.Lines.Count && j < k + 3; j++)
        {
            var s = text.Text.Substring(text.Lines[j].Start, text.Lines[j].Length);
            if (s.Trim().Length > 0)
            {
                return ItemStart().IsMatch(s);
            }
        }
        return false;
    }

    private static bool EndsItem(string item) => item.TrimEnd().EndsWith(';') || item.TrimEnd().EndsWith('.');

    private static bool Continues(string item, string line) =>
        line.Length < 80 && (!char.IsUpper(line[0]) || item.TrimEnd().EndsWith(',') || (line.Length < 50 && char.IsLetter(item.TrimEnd()[^1])));

    // A line naming a body of its own under an item that names a complete one: OCR lost the ";" and the dash
    // of "- Bộ Nông nghiệp và Phát triển nông thôn;" / "- Bộ Công an;".
    private static bool StartsAnotherBody(string item, string line) =>
        BodyName().IsMatch(line) && BodyName().IsMatch(item.TrimStart('-', ' ', '+', '•')) && !UnfinishedName().IsMatch(item);

    private static void AddItems(List<string> items, string s)
    {
        // "Kính gửi: - Bộ Tài chính; - Bộ Công Thương" on one line, or items separated by ";".
        foreach (var part in Separator().Split(s))
        {
            var p = part.Trim();
            if (p.Length > 0)
            {
                items.Add(p);
            }
        }
    }

    [GeneratedRegex(@"^(?:Bộ|Ủy ban|UBND|Sở|Cục|Tổng cục|Văn phòng|Ban|Viện|Đài|Ngân hàng|Kiểm toán|Tòa án|Thanh tra|Bảo hiểm)\s")]
    private static partial Regex BodyName();

    [GeneratedRegex(@"(?:\s(?:và|của|các)|,)\s*$")]
    private static partial Regex UnfinishedName();

    // "Kính gửi:"; OCR may lose "Kính" and leave "gửi:" after specks at the start of the line.
    [GeneratedRegex(@"k[iy]nh\s*g[uư]i\s*[:;.]?\s*|^[^\p{L}\n]{0,6}g[uư]i\s*:\s*")]
    private static partial Regex KinhGui();

    // Letters without "Kính gửi" name their addressees after the sender: a công điện "THỦ TƯỚNG CHÍNH PHỦ điện:"
    // (Phụ lục III, mẫu công điện), a giấy mời "… trân trọng kính mời:".
    [GeneratedRegex(@"(?<cable>(?<=\p{L}\s+)dien)\s*:\s*|k[iy]nh\s*moi\s*:\s*")]
    private static partial Regex Addressed();

    // An item: a dash, plus or bullet at the start (OCR reads the dash as "--", ":", "~" or "_"), or after stamp
    // debris ("Ngy... 42/4148. - Bộ Công Thương;").
    [GeneratedRegex(@"^(?:\s*|.{0,30}?\s)[-+•–]\s+|^\s*(?:--|[:~_])\s*(?=\p{Lu})")]
    private static partial Regex ItemStart();

    // Items on one line end in ";" ("Kính gửi: - Bộ Tài chính; - Bộ Công Thương"); a dash inside a name
    // ("Đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở", "Bộ Lao động - Thương binh và Xã hội") stays.
    [GeneratedRegex(@";\s*|^\s*-\s*")]
    private static partial Regex Separator();
}

/// <summary>The addressees in order, and the span of the Kính gửi block (Start -1 when there is none).</summary>
public sealed record RecipientsReading(IReadOnlyList<string> Names, int Start, int End);

/// <summary>Compares names case-insensitively and without diacritics, so "Bộ Công thương" twice is kept once.</summary>
public sealed class NameComparer : IEqualityComparer<string>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        string.Equals(Key(x), Key(y), StringComparison.Ordinal);

    public int GetHashCode(string obj) => Key(obj).GetHashCode(StringComparison.Ordinal);

    private static string Key(string? s) => s is null ? "" : Spaces.Collapse(Folding.Fold(s));
}
