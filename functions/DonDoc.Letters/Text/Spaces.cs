using System.Text.RegularExpressions;

namespace DonDoc.Letters.Text;

/// <summary>Tidies an extracted value: one space between words, no debris at either end.</summary>
public static partial class Spaces
{
    public static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    /// <summary>Collapses spaces and trims punctuation a value should not start or end with.</summary>
    public static string Tidy(string s, string trimChars = " .,;:-–+•'\"“”")
    {
        var collapsed = Collapse(s);
        var trimmed = collapsed.Trim(trimChars.ToCharArray());
        // "./." closes Vietnamese letters; "(để b/c)" and similar stay as printed.
        return trimmed.EndsWith("./", StringComparison.Ordinal) ? trimmed[..^2].TrimEnd() : trimmed;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
