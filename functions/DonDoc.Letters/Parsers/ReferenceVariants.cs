using System.Text.RegularExpressions;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// OCR reads one cited document several ways in a long letter: "36/2025/TT-BNNMT", "36/2025/TT1-BNNMT" (a speck
/// read as a digit) and "36/2025/TT" (the ký hiệu cut at a line end). A variant is folded into the reading it
/// damages when both have the same number and it is either that reading cut short at a "-" or "/", or one
/// character away from it with a malformed ký hiệu (a digit inside letters, "T1", "TT1"). Two well-formed codes
/// are never merged ("62/2025/NĐ-CP" and "62/2025/QH15" are different documents).
/// </summary>
public static partial class ReferenceVariants
{
    /// <summary>Merges variants in place; <paramref name="at"/> and <paramref name="seen"/> (occurrences) run parallel to <paramref name="found"/>.</summary>
    public static void Merge(List<Reference> found, List<int> at, List<int> seen, Func<string, string> key)
    {
        for (var b = found.Count - 1; b >= 0; b--)
        {
            var kb = key(found[b].Number);
            var target = -1;
            for (var a = 0; a < found.Count && target < 0; a++)
            {
                if (a != b && Damages(kb, key(found[a].Number)))
                {
                    target = a;
                }
            }
            if (target < 0)
            {
                continue;
            }
            if (found[target].Date is null && found[b].Date is not null)
            {
                found[target] = found[target] with { Date = found[b].Date };
            }
            seen[target] += seen[b];
            at[target] = Math.Min(at[target], at[b]);
            found.RemoveAt(b);
            at.RemoveAt(b);
            seen.RemoveAt(b);
        }
    }

    // True when the code with key b is a damaged reading of the code with key a.
    private static bool Damages(string b, string a)
    {
        var stem = Stem().Match(b);
        if (!stem.Success || !a.StartsWith(stem.Value, StringComparison.Ordinal) || a == b)
        {
            return false;
        }
        if (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal) && a[b.Length] is '-' or '/')
        {
            return true;
        }
        return OneEdit(a, b) && Malformed(b[stem.Length..]) && !Malformed(a[stem.Length..]);
    }

    // A ký hiệu with a digit among its letters ("TT1", "T1-BCT"), other than the National Assembly's term ("QH15").
    private static bool Malformed(string symbol) =>
        symbol.Split('-', '/').Any(part => part.Any(char.IsDigit) && part.Any(char.IsLetter) && !Term().IsMatch(part));

    private static bool OneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        var (ea, eb) = (a.Length, b.Length);
        while (ea > i && eb > i && a[ea - 1] == b[eb - 1])
        {
            ea--;
            eb--;
        }
        return ea - i <= 1 && eb - i <= 1;
    }

    // The number and year part of a key: "36/2025/", "06-", "129/".
    [GeneratedRegex(@"^\d{1,6}(?:/\d{4})?[/\-]")]
    private static partial Regex Stem();

    [GeneratedRegex(@"^qh\d{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Term();
}
