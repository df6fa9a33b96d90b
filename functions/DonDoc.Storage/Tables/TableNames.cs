namespace DonDoc.Storage;

/// <summary>Checks of table and property names, done before any request so that mistakes fail early and clearly.</summary>
internal static class TableNames
{
    /// <summary>Table names: 3–63 letters or digits, not starting with a digit.</summary>
    public static void ValidateTableName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var ok = name.Length is >= 3 and <= 63 && char.IsAsciiLetter(name[0]);
        foreach (var c in name) ok &= char.IsAsciiLetterOrDigit(c);
        if (!ok) throw new ArgumentException($"Table name '{name}' must be 3–63 ASCII letters or digits, starting with a letter.", nameof(name));
    }

    /// <summary>Property names: identifiers of at most 255 characters, not one of the system properties.</summary>
    public static void ValidatePropertyName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" or "odata.etag")
            throw new ArgumentException($"'{name}' is a member of TableEntity, not a property.", nameof(name));
        if (!IsIdentifier(name) || name.Length > 255)
            throw new ArgumentException($"Property name '{name}' must be an identifier (letters, digits, '_'; not starting with a digit) of at most 255 characters.", nameof(name));
    }

    /// <summary>
    /// Keys may not contain / \ # ? or control characters. The service refuses them (or, for '/', '#' and
    /// '?', misreads the URL); failing here, before any request, says what to do instead.
    /// </summary>
    public static void ValidateKeys(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        if (!TableKey.IsValid(partitionKey))
            throw new ArgumentException($"PartitionKey '{partitionKey}' contains / \\ # ? or a control character: encode it with TableKey.Encode.", nameof(partitionKey));
        if (!TableKey.IsValid(rowKey))
            throw new ArgumentException($"RowKey '{rowKey}' contains / \\ # ? or a control character: encode it with TableKey.Encode.", nameof(rowKey));
    }

    /// <summary>Letters (any script), digits and '_', not starting with a digit: safe in JSON names and OData filters.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0])) return false;
        foreach (var c in name)
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        return true;
    }
}
