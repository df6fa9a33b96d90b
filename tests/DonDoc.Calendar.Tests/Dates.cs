using System.Globalization;

namespace DonDoc.Calendar.Tests;

/// <summary>Dates in test tables are written yyyy-MM-dd, since attributes cannot hold a DateOnly.</summary>
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
