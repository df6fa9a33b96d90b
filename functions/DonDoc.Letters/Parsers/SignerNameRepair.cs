using System.Text.RegularExpressions;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The seal sits on the signer's name, so OCR damages the family name most ("Piiạm Mạnh Cường"), while the same
/// person is often printed cleanly elsewhere in the letter — a deputy signing is copied in the Nơi nhận list
/// ("- VPCP: BTCN, PCN Phạm Mạnh Cường, …"). A name read under the signature whose first word is no family name
/// is replaced by the one full name in the letter that ends with the same given names and starts with a family
/// name. Nothing is invented: without such a name the reading stays as it was.
/// </summary>
public static class SignerNameRepair
{
    /// <summary>The reading with its name repaired where the letter holds it undamaged.</summary>
    public static SignatureReading Repair(Text.LetterText text, SignatureReading reading)
    {
        if (reading.Name is not { } name)
        {
            return reading;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Surnames.IsSurname(words[0]))
        {
            return reading;
        }
        var given = string.Join(' ', words[1..]);
        var pattern = @"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s" + Regex.Escape(given) + @"(?![\p{L}])";
        var candidates = Regex.Matches(text.Text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Value)
            .Where(Surnames.IsSurname)
            .Select(family => family + " " + given)
            .Distinct(StringComparer.Ordinal).ToList();
        return candidates.Count == 1 ? reading with { Name = candidates[0] } : reading;
    }
}
