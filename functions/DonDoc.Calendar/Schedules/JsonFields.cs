using System.Globalization;
using System.Text.Json;

namespace DonDoc.Calendar;

/// <summary>
/// The fields of one JSON object in a schedule file, read by name with typed accessors that record an
/// error (with its JSON path) and return null instead of throwing.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> fields = new(StringComparer.Ordinal);
    private readonly string path;
    private readonly List<ScheduleError> errors;

    private JsonFields(string path, List<ScheduleError> errors)
    {
        this.path = path;
        this.errors = errors;
    }

    /// <summary>Collects the object's fields; unknown and repeated names are errors, since they are typos in a hand-edited file.</summary>
    public static JsonFields Read(JsonElement element, string path, string[] allowed, List<ScheduleError> errors)
    {
        var result = new JsonFields(path, errors);
        foreach (var property in element.EnumerateObject())
        {
            string fieldPath = $"{path}.{property.Name}";
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(ScheduleErrors.UnknownField(fieldPath, allowed));
            }
            else if (!result.fields.TryAdd(property.Name, property.Value))
            {
                errors.Add(ScheduleErrors.DuplicateField(fieldPath));
            }
        }

        return result;
    }

    public bool TryGet(string key, out JsonElement value) => fields.TryGetValue(key, out value);

    public string PathOf(string key) => $"{path}.{key}";

    public int? RequiredInt(string key)
    {
        if (!fields.TryGetValue(key, out var value))
        {
            errors.Add(ScheduleErrors.MissingField(PathOf(key)));
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        errors.Add(ScheduleErrors.WrongType(PathOf(key), "a whole number"));
        return null;
    }

    /// <summary>A present, non-blank string, trimmed.</summary>
    public string? RequiredString(string key)
    {
        if (!fields.ContainsKey(key))
        {
            errors.Add(ScheduleErrors.MissingField(PathOf(key)));
            return null;
        }

        string? text = OptionalString(key);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(ScheduleErrors.MissingField(PathOf(key)));
            return null;
        }

        return text?.Trim();
    }

    public string? OptionalString(string key)
    {
        if (!fields.TryGetValue(key, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(ScheduleErrors.WrongType(PathOf(key), "a string"));
            return null;
        }

        return value.GetString();
    }

    /// <summary>A date written yyyy-MM-dd: one unambiguous form, unlike the dd/MM and MM/dd people mix up.</summary>
    public DateOnly? RequiredDate(string key)
    {
        if (RequiredString(key) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(ScheduleErrors.InvalidDate(PathOf(key), text));
        return null;
    }

    public HolidayKind? RequiredKind(string key)
    {
        if (RequiredString(key) is not { } text)
        {
            return null;
        }

        // Names only: Enum.TryParse would also take "2" and silently pick a kind.
        foreach (var kind in Enum.GetValues<HolidayKind>())
        {
            if (string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        errors.Add(ScheduleErrors.UnknownKind(PathOf(key), text));
        return null;
    }
}
