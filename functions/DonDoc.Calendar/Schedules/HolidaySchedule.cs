namespace DonDoc.Calendar;

/// <summary>
/// Reads holiday schedules in the JSON format of the built-in holidays.vn.json, so an operator can
/// correct or extend the calendar with a file. Parsing never throws for bad input; it reports errors.
/// </summary>
/// <example>
/// <code>
/// var result = HolidaySchedule.Parse(File.ReadAllText(path));
/// if (!result.IsSuccess) { foreach (var e in result.Errors) Console.Error.WriteLine(e); }
/// else { calendar = WorkingDayCalendar.Vietnam.WithSchedules(result.Schedules); }
/// </code>
/// </example>
public static class HolidaySchedule
{
    private const string EmbeddedResourceName = "DonDoc.Calendar.holidays.vn.json";

    /// <summary>Reads schedules from JSON text, returning the valid years and every error found.</summary>
    public static HolidayScheduleParseResult Parse(string? json) => ScheduleJsonReader.Read(json);

    /// <summary>The built-in holidays.vn.json as text: a starting point for an operator's corrected file.</summary>
    public static string ReadEmbeddedJson()
    {
        using var stream = typeof(HolidaySchedule).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource {EmbeddedResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The built-in schedules; a broken built-in file is a build defect, so it throws.</summary>
    internal static IReadOnlyList<YearSchedule> LoadEmbedded()
    {
        var result = Parse(ReadEmbeddedJson());
        return result.IsSuccess
            ? result.Schedules
            : throw new InvalidOperationException(
                "The built-in holidays.vn.json is invalid: " + string.Join("; ", result.Errors));
    }
}
