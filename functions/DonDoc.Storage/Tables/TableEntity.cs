using System.Collections;

namespace DonDoc.Storage;

/// <summary>
/// A table entity: PartitionKey, RowKey, the service's ETag and Timestamp, and up to 252 typed properties.
/// </summary>
/// <remarks>
/// Property values are <see cref="string"/>, <see cref="int"/> (Edm.Int32), <see cref="long"/> (Edm.Int64),
/// <see cref="double"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/> (Edm.DateTime, stored in UTC; a
/// <see cref="DateTime"/> is converted), <see cref="Guid"/> or <c>byte[]</c> (Edm.Binary). Types round-trip:
/// what you write is what you read back. Table storage has no null: setting a property to null removes it
/// from this object (and a Merge then leaves the stored value alone). Property names are case-sensitive
/// identifiers; PartitionKey, RowKey, Timestamp and ETag are members, not properties. Not thread-safe.
/// </remarks>
public sealed class TableEntity : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _properties;

    /// <summary>A new entity with the given keys (see <see cref="TableKey.Encode"/> for keys from free text).</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey ?? throw new ArgumentNullException(nameof(partitionKey));
        RowKey = rowKey ?? throw new ArgumentNullException(nameof(rowKey));
        _properties = new Dictionary<string, object>(StringComparer.Ordinal);
    }

    private TableEntity(TableEntity other)
    {
        PartitionKey = other.PartitionKey;
        RowKey = other.RowKey;
        ETag = other.ETag;
        Timestamp = other.Timestamp;
        _properties = new Dictionary<string, object>(other._properties, StringComparer.Ordinal);
    }

    /// <summary>The partition key; may not contain / \ # ? or control characters.</summary>
    public string PartitionKey { get; set; }

    /// <summary>The row key; same rules as <see cref="PartitionKey"/>.</summary>
    public string RowKey { get; set; }

    /// <summary>The ETag of the stored version this object was read or written as (for If-Match); null for a new entity.</summary>
    public string? ETag { get; set; }

    /// <summary>When the service last wrote the entity (read-only on the service side; never written).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The properties (keys excluded).</summary>
    public IReadOnlyDictionary<string, object> Properties => _properties;

    /// <summary>Gets a property (null when absent) or sets one (null removes it).</summary>
    /// <exception cref="ArgumentException">A reserved or invalid name, or an unsupported value type.</exception>
    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            TableNames.ValidatePropertyName(name);
            if (value is null) _properties.Remove(name);
            else _properties[name] = Normalize(name, value);
        }
    }

    /// <summary>Removes a property; false when it was absent.</summary>
    public bool Remove(string name) => _properties.Remove(name);

    /// <summary>A string property, or null when absent.</summary>
    /// <exception cref="InvalidCastException">The property holds another type.</exception>
    public string? GetString(string name) => Get<string>(name);

    /// <summary>An Int32 property (an Int64 that fits is accepted), or null when absent.</summary>
    public int? GetInt32(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        var other => throw WrongType(name, other, "Int32"),
    };

    /// <summary>An Int64 property (an Int32 is widened), or null when absent.</summary>
    public long? GetInt64(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw WrongType(name, other, "Int64"),
    };

    /// <summary>A Double property (integers are widened), or null when absent.</summary>
    public double? GetDouble(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        var other => throw WrongType(name, other, "Double"),
    };

    /// <summary>A Boolean property, or null when absent.</summary>
    public bool? GetBoolean(string name) => GetValue<bool>(name);

    /// <summary>A DateTime property (UTC), or null when absent.</summary>
    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    /// <summary>A Guid property, or null when absent.</summary>
    public Guid? GetGuid(string name) => GetValue<Guid>(name);

    /// <summary>A Binary property, or null when absent.</summary>
    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    /// <summary>A copy: same keys, ETag, Timestamp and properties (byte arrays are shared).</summary>
    public TableEntity Clone() => new(this);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Keys, for logs and test failures.</summary>
    public override string ToString() => $"{PartitionKey}/{RowKey} ({_properties.Count} properties)";

    /// <summary>Sets a value that the JSON reader has already typed (no validation: the service's names are valid).</summary>
    internal void SetRead(string name, object value) => _properties[name] = value;

    private T? Get<T>(string name) where T : class => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        T t => t,
        var other => throw WrongType(name, other, typeof(T).Name),
    };

    private T? GetValue<T>(string name) where T : struct => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        T t => t,
        var other => throw WrongType(name, other, typeof(T).Name),
    };

    private static object Normalize(string name, object value) => value switch
    {
        string or int or long or double or bool or Guid or byte[] => value,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
        _ => throw new ArgumentException($"Property '{name}': Table storage has no type for {value.GetType().Name} (use string, int, long, double, bool, DateTimeOffset, Guid or byte[]).", nameof(value)),
    };

    private static InvalidCastException WrongType(string name, object value, string wanted) =>
        new($"Property '{name}' holds {value.GetType().Name}, not {wanted}.");
}
