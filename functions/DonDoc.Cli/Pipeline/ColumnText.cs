namespace DonDoc.Cli.Pipeline;

/// <summary>Text fitted to a column of the tables the verbs print for people.</summary>
internal static class ColumnText
{
    /// <summary>
    /// <paramref name="s"/> when it fits in <paramref name="width"/> characters, otherwise its start and "…"
    /// in exactly that width; nothing for null.
    /// </summary>
    public static string Cut(string? s, int width) => s is null ? "" : s.Length <= width ? s : s[..(width - 1)] + "…";
}
