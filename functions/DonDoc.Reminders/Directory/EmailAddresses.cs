using System.Text.RegularExpressions;

namespace DonDoc.Reminders;

/// <summary>
/// The plain addresses DonDoc accepts: local@domain, no display name, no spaces or brackets, an ASCII
/// domain with a dot. Stricter than RFC 5322 on purpose: an address written here goes into Graph
/// recipients and outbox file names, and a typo should fail at import, not at 08:00.
/// </summary>
public static partial class EmailAddresses
{
    /// <summary>True for an address like "vanthu@moc.gov.vn".</summary>
    public static bool IsValid(string? address) =>
        address is { Length: > 2 and <= 254 } && Pattern().IsMatch(address)
        && !address.StartsWith('.') && !address.Contains("..", StringComparison.Ordinal) && !address.Contains(".@", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex Pattern();
}
