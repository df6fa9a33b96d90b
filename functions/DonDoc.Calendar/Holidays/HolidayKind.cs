namespace DonDoc.Calendar;

/// <summary>Why a day is off work: the law itself, the law's make-up rule, or a yearly decision.</summary>
public enum HolidayKind
{
    /// <summary>A public holiday named in Bộ luật Lao động 2019 Điều 112 (or a later law adding one).</summary>
    PublicHoliday,

    /// <summary>
    /// Nghỉ bù: a working day off because a public holiday fell on a weekend (Điều 111 khoản 3), or on
    /// another holiday.
    /// </summary>
    Compensatory,

    /// <summary>
    /// Nghỉ hoán đổi: a working day given off by the yearly official schedule and worked instead on a
    /// weekend day (see <see cref="WorkedDay"/>).
    /// </summary>
    SwapDayOff,

    /// <summary>Any other day the Government gives off for a year without a make-up day.</summary>
    ExtraDayOff,
}
