using System.Text.RegularExpressions;

namespace DonDoc.Letters.Text;

/// <summary>
/// Blanks the running header of the official gazette ("CÔNG BÁO/Số 271/Ngày 12-05-2026") that text copied
/// from a Công báo PDF repeats on every page: its date is the gazette issue's, not the letter's, and its
/// "Số 271/Ngày" is no document the letter cites.
/// </summary>
internal static partial class GazetteHeader
{
    public static void Blank(Span<char> chars)
    {
        if (chars.IndexOf("CÔNG BÁO".AsSpan()) < 0 && chars.IndexOf("Công báo".AsSpan()) < 0)
        {
            return;
        }
        foreach (var m in Header().EnumerateMatches(chars))
        {
            chars.Slice(m.Index, m.Length).Fill(' ');
        }
    }

    [GeneratedRegex(@"^[ \t]*(?:CÔNG BÁO|Công báo)[ \t]*/[ \t]*Số[ \t]*\d{1,5}(?:[ \t]*\+[ \t]*\d{1,5})?[ \t]*/[ \t]*Ngày[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Header();
}
