using System.Buffers;

namespace DonDoc.Letters.Text;

/// <summary>Tidies an extracted value: one space between words, no debris at either end.</summary>
public static class Spaces
{
    // Whitespace as char.IsWhiteSpace (and regex \s) sees it, except the plain space: finding none of these
    // and no double space means a trimmed value is already collapsed.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ').ToArray());

    /// <summary>
    /// Every run of whitespace as one space, none at either end (what <c>Regex.Replace(s, @"\s+", " ").Trim()</c>
    /// gives). Written out because every task's action, deadline and name passes through it: most values
    /// are already tidy and come back without a copy.
    /// </summary>
    public static string Collapse(string s)
    {
        var trimmed = s.AsSpan().Trim();
        if (trimmed.IndexOfAny(OtherWhitespace) < 0 && trimmed.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return trimmed.Length == s.Length ? s : trimmed.ToString();
        }
        var buffer = trimmed.Length <= 512 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var n = 0;
        var inSpace = false;
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = c;
                inSpace = false;
            }
            else if (!inSpace)
            {
                buffer[n++] = ' ';
                inSpace = true;
            }
        }
        return new string(buffer[..n]);
    }

    /// <summary>Collapses spaces and trims punctuation a value should not start or end with.</summary>
    public static string Tidy(string s, string trimChars = " .,;:-–+•'\"“”")
    {
        var collapsed = Collapse(s);
        var trimmed = trimChars.Length == 0 ? collapsed.AsSpan().Trim() : collapsed.AsSpan().Trim(trimChars);
        // "./." closes Vietnamese letters; "(để b/c)" and similar stay as printed.
        if (trimmed.EndsWith("./", StringComparison.Ordinal))
        {
            return trimmed[..^2].TrimEnd().ToString();
        }
        return trimmed.Length == collapsed.Length ? collapsed : trimmed.ToString();
    }
}
