namespace DonDoc.Calendar;

/// <summary>
/// A day off for công chức and viên chức: its date, a Vietnamese name for people, and why it is off.
/// A holiday may fall on a weekend (Tết on a Saturday); the weekday it makes up is a separate
/// <see cref="HolidayKind.Compensatory"/> holiday.
/// </summary>
/// <param name="Date">The day off.</param>
/// <param name="Name">A name to show, e.g. "Tết Nguyên đán (mùng 1)".</param>
/// <param name="Kind">Why the day is off.</param>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind)
{
    /// <summary>Where the day comes from, e.g. "Thông báo 6150/TB-LĐTBXH"; null for computed defaults.</summary>
    public string? Source { get; init; }
}
