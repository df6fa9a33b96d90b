using DonDoc.Letters;
using DonDoc.Storage;

namespace DonDoc.App.Records;

/// <summary>
/// A row of the <c>Letters</c> table: the letter's fields for listing, and where its blobs are. Partitioned by
/// issue month so a month's letters list in one query; the full letter is <c>letters/{id}/letter.json</c>.
/// </summary>
public sealed record LetterRow(
    string LetterId, string? Number, string DocType, string? Issuer, string? Place, DateOnly? IssuedOn,
    string? Subject, string? Urgency, string? Secrecy, string? SignerName, string? SignerTitle, int TaskCount,
    double Confidence, int WarningCount, string SourceHash, string SourceName, string OriginalBlob, DateTimeOffset IngestedAt)
{
    // Table string properties hold 64 KiB; a subject never needs that much in a list.
    private const int MaxText = 4000;

    public static string PartitionFor(DateOnly? issuedOn) => issuedOn is { } d ? d.ToString("yyyy-MM") : "undated";

    public static LetterRow From(string letterId, Letter l, string sourceHash, string sourceName, string originalBlob, DateTimeOffset now) =>
        new(letterId, l.Number, l.DocType.ToString(), l.Issuer, l.Place, l.IssuedOn, Clip(l.Subject), l.Urgency, l.Secrecy,
            l.Signer.Name, l.Signer.Title, l.Tasks.Count, Math.Round(l.Confidence, 3), l.Warnings.Count, sourceHash, sourceName, originalBlob, now);

    public TableEntity ToEntity()
    {
        var e = new TableEntity(PartitionFor(IssuedOn), LetterId);
        e["Number"] = Number;
        e["DocType"] = DocType;
        e["Issuer"] = Issuer;
        e["Place"] = Place;
        e["IssuedOn"] = IssuedOn?.ToString("yyyy-MM-dd");
        e["Subject"] = Subject;
        e["Urgency"] = Urgency;
        e["Secrecy"] = Secrecy;
        e["SignerName"] = SignerName;
        e["SignerTitle"] = SignerTitle;
        e["TaskCount"] = TaskCount;
        e["Confidence"] = Confidence;
        e["WarningCount"] = WarningCount;
        e["SourceHash"] = SourceHash;
        e["SourceName"] = SourceName;
        e["OriginalBlob"] = OriginalBlob;
        e["IngestedAt"] = IngestedAt;
        return e;
    }

    public static LetterRow FromEntity(TableEntity e) => new(
        e.RowKey, e.GetString("Number"), e.GetString("DocType") ?? "Other", e.GetString("Issuer"), e.GetString("Place"),
        Dates.Parse(e.GetString("IssuedOn")), e.GetString("Subject"), e.GetString("Urgency"), e.GetString("Secrecy"),
        e.GetString("SignerName"), e.GetString("SignerTitle"), (int)(e.GetInt64("TaskCount") ?? 0), e.GetDouble("Confidence") ?? 0,
        (int)(e.GetInt64("WarningCount") ?? 0), e.GetString("SourceHash") ?? "", e.GetString("SourceName") ?? "",
        e.GetString("OriginalBlob") ?? "", e.GetDateTimeOffset("IngestedAt") ?? DateTimeOffset.MinValue);

    internal static string? Clip(string? s) => s is { Length: > MaxText } ? s[..MaxText] + "…" : s;
}

/// <summary>ISO dates as table strings: sortable, readable in Storage Explorer, free of time-zone surprises.</summary>
internal static class Dates
{
    public static DateOnly? Parse(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
