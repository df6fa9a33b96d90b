using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>How a task's action is written, whether it came from a sentence or a table cell: tidied, at most
/// <see cref="MaxLength"/> characters (cut at a word, marked "…"), first letter capitalised; null when too short.</summary>
internal static class ActionText
{
    public const int MaxLength = 300;

    public static string? From(string raw)
    {
        var s = Spaces.Tidy(raw);
        if (s.Length < 3)
        {
            return null;
        }
        if (s.Length > MaxLength)
        {
            var cut = s.LastIndexOf(' ', MaxLength);
            s = s[..(cut > 0 ? cut : MaxLength)] + " …";
        }
        return VietnameseCase.Capitalize(s);
    }
}
