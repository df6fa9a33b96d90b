namespace DonDoc.Calendar;

/// <summary>
/// A Saturday or Sunday that công chức work because the yearly schedule swapped it for a weekday off
/// (làm bù): a working day for every count.
/// </summary>
/// <param name="Date">The weekend day worked.</param>
/// <param name="Name">A name to show, e.g. "Làm bù cho thứ Sáu 02/5/2025".</param>
public sealed record WorkedDay(DateOnly Date, string Name)
{
    /// <summary>Where the day comes from, e.g. "Công văn 12729/VPCP-KGVX"; null when unknown.</summary>
    public string? Source { get; init; }
}
