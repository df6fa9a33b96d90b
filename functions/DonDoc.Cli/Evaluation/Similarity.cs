using System.Globalization;
using System.Text;
using DonDoc.App.Text;

namespace DonDoc.Cli.Evaluation;

/// <summary>
/// How alike two text values are, for scoring long values (subjects, names) that OCR and typos touch: 1 minus
/// the edit distance over the longer length, after case folding, NFC, one space between words, trimmed
/// punctuation, and old-style tone placement ("hoà", "uỷ") written new-style ("hòa", "ủy").
/// </summary>
public static class Similarity
{
    public const double Threshold = 0.9;

    private static readonly (string Old, string New)[] ToneStyle =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    public static string Normalize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return "";
        }
        var t = s.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        foreach (var (o, n) in ToneStyle)
        {
            t = t.Replace(o, n, StringComparison.Ordinal);
        }
        var sb = new StringBuilder(t.Length);
        var space = false;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim(' ', '.', ',', ';', ':', '-', '"', '“', '”');
    }

    public static double Ratio(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 && y.Length == 0)
        {
            return 1;
        }
        var longest = Math.Max(x.Length, y.Length);
        return 1.0 - (double)EditDistance.Between(x, y) / longest;
    }

    public static bool Same(string? a, string? b) => Ratio(a, b) >= Threshold;
}
