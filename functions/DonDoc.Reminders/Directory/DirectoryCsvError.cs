namespace DonDoc.Reminders;

/// <summary>What is wrong with a directory CSV; tests and tools compare codes, people read the message.</summary>
public enum DirectoryCsvErrorCode
{
    /// <summary>The text has no header line.</summary>
    Empty,

    /// <summary>A required column (key, displayName, to) is not in the header.</summary>
    MissingColumn,

    /// <summary>The header names a column DonDoc does not know (often a typo).</summary>
    UnknownColumn,

    /// <summary>The header names a column twice.</summary>
    DuplicateColumn,

    /// <summary>A row has more or fewer cells than the header.</summary>
    WrongCellCount,

    /// <summary>A quoted cell never ends.</summary>
    UnterminatedQuote,

    /// <summary>The key is empty or holds characters a table key may not hold (/ \ # ? or control characters).</summary>
    InvalidKey,

    /// <summary>Two rows have the same key.</summary>
    DuplicateKey,

    /// <summary>The display name is empty.</summary>
    MissingDisplayName,

    /// <summary>The row has no To address.</summary>
    MissingTo,

    /// <summary>An address is not a plain local@domain address.</summary>
    InvalidEmail,

    /// <summary>A name or alias, once normalised, already names another row.</summary>
    DuplicateName,
}

/// <summary>A problem found in a directory CSV, at a 1-based line (the line the row starts on).</summary>
/// <param name="Line">Line number in the file; 1 is the header.</param>
/// <param name="Code">What is wrong.</param>
/// <param name="Message">An explanation for the operator naming the column and the value.</param>
public sealed record DirectoryCsvError(int Line, DirectoryCsvErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Message}";
}
