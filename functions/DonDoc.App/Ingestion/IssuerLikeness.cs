using DonDoc.App.Text;

namespace DonDoc.App.Ingestion;

/// <summary>
/// Whether two issuer names read from two scans are the same body despite OCR damage ("Văn phòng Chính phủ" and
/// "Cộng văn phòng chínhphú"): compared without marks, case and spaces, by edit distance.
/// </summary>
public static class IssuerLikeness
{
    /// <summary>Names at least this similar (1 − distance / longer length) are the same issuer.</summary>
    public const double Threshold = 0.75;

    public static bool Same(string? a, string? b)
    {
        var x = Key(a);
        var y = Key(b);
        if (x.Length == 0 || y.Length == 0) return x.Length == 0 && y.Length == 0;
        if (x.Contains(y) || y.Contains(x)) return Math.Min(x.Length, y.Length) >= 8;
        return 1.0 - (double)EditDistance.Between(x, y) / Math.Max(x.Length, y.Length) >= Threshold;
    }

    private static string Key(string? s) => LetterIdentity.Slug(s ?? "", 200).Replace("-", "");
}
