using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// The heading of the kế hoạch section a line belongs to ("II. BAN HÀNH CÁC VĂN BẢN QUY PHẠM PHÁP LUẬT …"): what a
/// section's closing "Thời gian thực hiện: …" line is the deadline of, so it names the task.
/// </summary>
internal static partial class SectionHeading
{
    private const int Reach = 4000;

    /// <summary>The nearest section heading above <paramref name="offset"/> in normal case, or null.</summary>
    public static string? Before(LetterText text, int offset)
    {
        var from = text.LineIndexAt(offset) - 1;
        for (var k = from; k >= 0 && text.Lines[k].Start >= offset - Reach; k--)
        {
            var line = text.Lines[k];
            var m = Heading().Match(text.Text, line.Start, line.Length);
            if (m.Success)
            {
                var title = m.Groups["title"].Value.Trim();
                return ActionText.From(VietnameseCase.IsUpper(title) ? VietnameseCase.ToNormalCase(title) : title);
            }
        }
        return null;
    }

    /// <summary>True when an action is only the label of a time line ("Thời gian thực hiện").</summary>
    public static bool IsTimeLabel(string action) => TimeLabel().IsMatch(Folding.Fold(action));

    [GeneratedRegex(@"\G\s*(?:[IVX]{1,4}|[A-D])\.\s+(?<title>\p{Lu}[^\n]{3,200})")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]\s*)?thoi\s*(?:gian|han)\s*(?:thuc\s*hien|hoan\s*thanh)?\s*:?\s*$")]
    private static partial Regex TimeLabel();
}
