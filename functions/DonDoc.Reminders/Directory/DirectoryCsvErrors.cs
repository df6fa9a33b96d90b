namespace DonDoc.Reminders;

/// <summary>Every directory CSV message, in one place so the wording stays consistent.</summary>
internal static class DirectoryCsvErrors
{
    public static DirectoryCsvError Empty() =>
        new(1, DirectoryCsvErrorCode.Empty, $"The file is empty; the first line must be the header: {DirectoryCsv.Header}.");

    public static DirectoryCsvError MissingColumn(string column) =>
        new(1, DirectoryCsvErrorCode.MissingColumn, $"The header has no '{column}' column; expected {DirectoryCsv.Header}.");

    public static DirectoryCsvError UnknownColumn(string column) =>
        new(1, DirectoryCsvErrorCode.UnknownColumn, $"Unknown column '{column}'; the columns are {DirectoryCsv.Header}.");

    public static DirectoryCsvError DuplicateColumn(string column) =>
        new(1, DirectoryCsvErrorCode.DuplicateColumn, $"Column '{column}' appears twice in the header.");

    public static DirectoryCsvError WrongCellCount(int line, int found, int expected) =>
        new(line, DirectoryCsvErrorCode.WrongCellCount,
            $"{found} cells where the header has {expected}; a cell holding a comma must be in double quotes.");

    public static DirectoryCsvError UnterminatedQuote(int line) =>
        new(line, DirectoryCsvErrorCode.UnterminatedQuote, "A quoted cell starts here and never ends (a missing closing \").");

    public static DirectoryCsvError InvalidKey(int line, string key) =>
        new(line, DirectoryCsvErrorCode.InvalidKey, key.Length == 0
            ? "The key is empty."
            : $"Key '{key}' holds a character a table key may not hold (/ \\ # ? or a control character).");

    public static DirectoryCsvError DuplicateKey(int line, string key, int firstLine) =>
        new(line, DirectoryCsvErrorCode.DuplicateKey, $"Key '{key}' is already used on line {firstLine}.");

    public static DirectoryCsvError MissingDisplayName(int line) =>
        new(line, DirectoryCsvErrorCode.MissingDisplayName, "The displayName is empty.");

    public static DirectoryCsvError MissingTo(int line) =>
        new(line, DirectoryCsvErrorCode.MissingTo, "The 'to' column has no address; every row needs at least one.");

    public static DirectoryCsvError InvalidEmail(int line, string column, string address) =>
        new(line, DirectoryCsvErrorCode.InvalidEmail,
            $"'{address}' in column '{column}' is not a plain address like name@agency.gov.vn (separate several with ';').");

    public static DirectoryCsvError DuplicateName(int line, string name, string otherKey, int otherLine) =>
        new(line, DirectoryCsvErrorCode.DuplicateName, $"'{name}' already names '{otherKey}' (line {otherLine}); a name must lead to one row.");
}
