using System.Globalization;

namespace DonDoc.Storage;

/// <summary>
/// A literal for an OData <c>$filter</c>, typed as the Table service compares types strictly: an Int32
/// property never equals an Int64 literal. Converts implicitly from string, int, long, double, bool,
/// DateTimeOffset, DateTime and Guid.
/// </summary>
public readonly struct ODataValue
{
    private ODataValue(string literal) => Literal = literal;

    /// <summary>The literal as it goes into the filter, e.g. <c>'O''Brien'</c>, <c>5L</c>, <c>datetime'2025-08-15T00:00:00.0000000Z'</c>.</summary>
    public string Literal { get; }

    /// <summary>A string literal, single quotes doubled.</summary>
    public static implicit operator ODataValue(string value) => new(ODataFilter.Quote(value));

    /// <summary>An Edm.Int32 literal.</summary>
    public static implicit operator ODataValue(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An Edm.Int64 literal (suffix L).</summary>
    public static implicit operator ODataValue(long value) => new(value.ToString(CultureInfo.InvariantCulture) + "L");

    /// <summary>An Edm.Double literal.</summary>
    public static implicit operator ODataValue(double value) => new(DoubleLiteral(value));

    /// <summary>An Edm.Boolean literal.</summary>
    public static implicit operator ODataValue(bool value) => new(value ? "true" : "false");

    /// <summary>An Edm.DateTime literal (UTC).</summary>
    public static implicit operator ODataValue(DateTimeOffset value) => new("datetime'" + TableEntityJson.FormatDate(value) + "'");

    /// <summary>An Edm.DateTime literal; an unspecified kind is taken as UTC.</summary>
    public static implicit operator ODataValue(DateTime value) =>
        new DateTimeOffset(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime());

    /// <summary>An Edm.Guid literal.</summary>
    public static implicit operator ODataValue(Guid value) => new("guid'" + value.ToString("D") + "'");

    /// <inheritdoc />
    public override string ToString() => Literal;

    private static string DoubleLiteral(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "OData filters have no literal for NaN or infinity.");
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        // "3" would be read as an Int32 literal: keep doubles recognisable as doubles.
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
