namespace DonDoc.Reminders;

/// <summary>"Today" for reminders: the date in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).</summary>
public static class ReminderClock
{
    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    /// <summary>The date in Vietnam at <paramref name="time"/>'s now.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Vietnam).DateTime);

    private static TimeZoneInfo FindVietnam()
    {
        // Hosts without time zone data still get the right answer: Vietnam has been UTC+7 since 1975.
        return TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Asia/Ho_Chi_Minh", "ICT");
    }
}
