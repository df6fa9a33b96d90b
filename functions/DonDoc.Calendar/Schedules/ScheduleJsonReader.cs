using System.Text.Json;

namespace DonDoc.Calendar;

/// <summary>
/// Reads the schedule JSON format of holidays.vn.json into <see cref="YearSchedule"/>s, collecting every
/// error with its path instead of stopping at the first, so a person can fix a file in one pass.
/// </summary>
/// <remarks>
/// Field names are exact and unknown fields are errors (see <see cref="JsonFields"/>): in a hand-edited
/// file "dayOff" for "daysOff" would otherwise drop a year's holidays without a word. Comments and
/// trailing commas are allowed because people edit this file by hand.
/// </remarks>
internal sealed class ScheduleJsonReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly string[] RootFields = ["comment", "years"];
    private static readonly string[] YearFields = ["year", "comment", "daysOff", "workedDays"];
    private static readonly string[] DayOffFields = ["date", "name", "kind", "comment"];
    private static readonly string[] WorkedDayFields = ["date", "name", "comment"];

    private readonly List<ScheduleError> errors = [];

    private ScheduleJsonReader()
    {
    }

    public static HolidayScheduleParseResult Read(string? json) => new ScheduleJsonReader().ReadText(json);

    private HolidayScheduleParseResult ReadText(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            errors.Add(ScheduleErrors.InvalidJson("the text is empty."));
            return new HolidayScheduleParseResult([], errors);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            errors.Add(ScheduleErrors.InvalidJson(WithoutPosition(e.Message), e.LineNumber + 1, e.BytePositionInLine + 1));
            return new HolidayScheduleParseResult([], errors);
        }

        using (document)
        {
            return ReadRoot(document.RootElement);
        }
    }

    private HolidayScheduleParseResult ReadRoot(JsonElement root)
    {
        var read = new List<(YearSchedule Schedule, string Path)>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ScheduleErrors.WrongType("$", "an object with a \"years\" array"));
        }
        else if (JsonFields.Read(root, "$", RootFields, errors).TryGet("years", out var years))
        {
            if (years.ValueKind != JsonValueKind.Array)
            {
                errors.Add(ScheduleErrors.WrongType("$.years", "an array of years"));
            }
            else
            {
                int i = 0;
                foreach (var element in years.EnumerateArray())
                {
                    string path = $"$.years[{i++}]";
                    if (ReadYear(element, path) is { } schedule)
                    {
                        read.Add((schedule, path));
                    }
                }
            }
        }
        else
        {
            errors.Add(ScheduleErrors.MissingField("$.years"));
        }

        // Meaning is checked only on years that were well formed, so one typo gives one error.
        var meaningErrors = ScheduleValidator.Validate(read);
        var accepted = new List<YearSchedule>();
        for (int i = 0; i < read.Count; i++)
        {
            errors.AddRange(meaningErrors[i]);
            if (meaningErrors[i].Count == 0)
            {
                accepted.Add(read[i].Schedule);
            }
        }

        return new HolidayScheduleParseResult(accepted, errors);
    }

    private YearSchedule? ReadYear(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ScheduleErrors.WrongType(path, "an object for one year"));
            return null;
        }

        int errorsBefore = errors.Count;
        var fields = JsonFields.Read(element, path, YearFields, errors);
        int? year = fields.RequiredInt("year");
        string? comment = fields.OptionalString("comment");
        var daysOff = ReadArray(fields, "daysOff", required: true, ReadDayOff);
        var workedDays = ReadArray(fields, "workedDays", required: false, ReadWorkedDay);
        return errors.Count == errorsBefore && year is { } y
            ? new YearSchedule(y, daysOff, workedDays) { Source = comment }
            : null;
    }

    private Holiday? ReadDayOff(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ScheduleErrors.WrongType(path, "an object for one day off"));
            return null;
        }

        var fields = JsonFields.Read(element, path, DayOffFields, errors);
        var date = fields.RequiredDate("date");
        var name = fields.RequiredString("name");
        var kind = fields.RequiredKind("kind");
        var comment = fields.OptionalString("comment");
        return date is { } d && name is not null && kind is { } k
            ? new Holiday(d, name, k) { Source = comment }
            : null;
    }

    private WorkedDay? ReadWorkedDay(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ScheduleErrors.WrongType(path, "an object for one worked day"));
            return null;
        }

        var fields = JsonFields.Read(element, path, WorkedDayFields, errors);
        var date = fields.RequiredDate("date");
        var name = fields.RequiredString("name");
        var comment = fields.OptionalString("comment");
        return date is { } d && name is not null ? new WorkedDay(d, name) { Source = comment } : null;
    }

    private List<T> ReadArray<T>(JsonFields fields, string key, bool required, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        var items = new List<T>();
        if (!fields.TryGet(key, out var array))
        {
            if (required)
            {
                errors.Add(ScheduleErrors.MissingField(fields.PathOf(key)));
            }

            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ScheduleErrors.WrongType(fields.PathOf(key), "an array"));
            return items;
        }

        int i = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (readItem(element, $"{fields.PathOf(key)}[{i++}]") is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>System.Text.Json appends "Path: … | LineNumber: …"; the error carries the position itself.</summary>
    private static string WithoutPosition(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut < 0 ? message : message[..cut];
    }
}
