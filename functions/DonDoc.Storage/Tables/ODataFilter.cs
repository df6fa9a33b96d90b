namespace DonDoc.Storage;

/// <summary>
/// Builds <c>$filter</c> expressions for <see cref="TableClient.QueryAsync"/> without string pasting:
/// literals are quoted and typed (<see cref="ODataValue"/>), property names are checked to be identifiers,
/// so user text cannot change the meaning of a filter. Example:
/// <c>ODataFilter.And(ODataFilter.Equal("PartitionKey", pk), ODataFilter.LessThan("Due", cutoff))</c>.
/// </summary>
public static class ODataFilter
{
    /// <summary>A string literal: in single quotes, with each single quote doubled ("O'Brien" → 'O''Brien').</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary><c>property eq 'value'</c>.</summary>
    public static string Equal(string property, string value) => Compare(property, "eq", value);

    /// <summary><c>property eq value</c>, typed by <paramref name="value"/>.</summary>
    public static string Equal(string property, ODataValue value) => Compare(property, "eq", value);

    /// <summary><c>property ne value</c>.</summary>
    public static string NotEqual(string property, ODataValue value) => Compare(property, "ne", value);

    /// <summary><c>property gt value</c>.</summary>
    public static string GreaterThan(string property, ODataValue value) => Compare(property, "gt", value);

    /// <summary><c>property ge value</c>.</summary>
    public static string GreaterThanOrEqual(string property, ODataValue value) => Compare(property, "ge", value);

    /// <summary><c>property lt value</c>.</summary>
    public static string LessThan(string property, ODataValue value) => Compare(property, "lt", value);

    /// <summary><c>property le value</c>.</summary>
    public static string LessThanOrEqual(string property, ODataValue value) => Compare(property, "le", value);

    /// <summary>
    /// String values starting with <paramref name="prefix"/>: <c>(p ge 'prefix' and p lt 'prefiy')</c>
    /// (the last character incremented), the range form Table storage can serve from its key index.
    /// </summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        if (last == char.MaxValue) return GreaterThanOrEqual(property, prefix);
        var upper = prefix[..^1] + (char)(last + 1);
        return And(GreaterThanOrEqual(property, prefix), LessThan(property, upper));
    }

    /// <summary>All of <paramref name="filters"/>, each parenthesised.</summary>
    public static string And(params string[] filters) => Join("and", filters);

    /// <summary>Any of <paramref name="filters"/>, each parenthesised.</summary>
    public static string Or(params string[] filters) => Join("or", filters);

    /// <summary><c>not (filter)</c>.</summary>
    public static string Not(string filter) => "not (" + filter + ")";

    private static string Compare(string property, string op, ODataValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(property);
        if (!TableNames.IsIdentifier(property))
            throw new ArgumentException($"'{property}' is not a property name.", nameof(property));
        if (value.Literal is null) throw new ArgumentNullException(nameof(value));
        return property + " " + op + " " + value.Literal;
    }

    private static string Join(string op, string[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Length == 0) throw new ArgumentException("At least one filter.", nameof(filters));
        return filters.Length == 1 ? filters[0] : "(" + string.Join(") " + op + " (", filters) + ")";
    }
}
