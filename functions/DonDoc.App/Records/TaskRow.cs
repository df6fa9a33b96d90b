using DonDoc.Letters;
using DonDoc.Storage;

namespace DonDoc.App.Records;

/// <summary>
/// A task as stored: one row in <c>Tasks</c> (PK letterId, RK ordinal "001") and, while it is open and has a
/// time limit, one row in <c>OpenTasks</c> whose RowKey starts with the due date, so the reminder sweep reads
/// only what is due. The letter's listing fields are copied in, so a digest needs no second read.
/// </summary>
public sealed record TaskRow(
    string LetterId, int Ordinal, string Assignee, IReadOnlyList<string> Coordinators, string Action,
    DateOnly? Due, string? DeadlineKind, string? DeadlineText, string Status, string? LetterNumber, DateOnly? LetterIssuedOn,
    string? LetterIssuer, string? LetterSubject, string? Secrecy, string? ClosedBy = null, DateTimeOffset? ClosedAt = null)
{
    public const string Open = "open", Done = "done", Cancelled = "cancelled";
    /// <summary>Open tasks whose deadline has no day (invalid, urgent only): the planner sends them to triage.</summary>
    public const string UndatedPartition = "undated";

    public string TaskId => $"{LetterId}|{RowKey}";
    public string RowKey => Ordinal.ToString("000");

    public static IReadOnlyList<TaskRow> From(string letterId, Letter l) =>
    [
        .. l.Tasks.Select((t, i) => new TaskRow(letterId, i + 1, t.Assignee, t.Coordinators, LetterRow.Clip(t.Action) ?? "",
            t.Deadline?.Due, t.Deadline is null ? null : t.Deadline.Kind.ToString().ToLowerInvariant(), t.Deadline?.Text,
            Open, l.Number, l.IssuedOn, l.Issuer, LetterRow.Clip(l.Subject), l.Secrecy)),
    ];

    /// <summary>Whether the task belongs in <c>OpenTasks</c>: open and with some time limit to remind about.</summary>
    public bool IsTracked => Status == Open && DeadlineKind is not null;

    public string OpenPartition => Due is { } d ? "d" + d.ToString("yyyy-MM") : UndatedPartition;
    public string OpenRowKey => $"{(Due is { } d ? d.ToString("yyyyMMdd") : "00000000")}_{LetterId}_{RowKey}";

    public TableEntity ToTaskEntity() => Fill(new TableEntity(LetterId, RowKey));

    public TableEntity ToOpenEntity() => Fill(new TableEntity(OpenPartition, OpenRowKey));

    private TableEntity Fill(TableEntity e)
    {
        e["LetterId"] = LetterId;
        e["Ordinal"] = Ordinal;
        e["Assignee"] = Assignee;
        e["Coordinators"] = string.Join("; ", Coordinators);
        e["Action"] = Action;
        e["Due"] = Due?.ToString("yyyy-MM-dd");
        e["DeadlineKind"] = DeadlineKind;
        e["DeadlineText"] = DeadlineText;
        e["Status"] = Status;
        e["LetterNumber"] = LetterNumber;
        e["LetterIssuedOn"] = LetterIssuedOn?.ToString("yyyy-MM-dd");
        e["LetterIssuer"] = LetterIssuer;
        e["LetterSubject"] = LetterSubject;
        e["Secrecy"] = Secrecy;
        e["ClosedBy"] = ClosedBy;
        e["ClosedAt"] = ClosedAt;
        return e;
    }

    public static TaskRow FromEntity(TableEntity e) => new(
        e.GetString("LetterId") ?? "", (int)(e.GetInt64("Ordinal") ?? 0), e.GetString("Assignee") ?? "",
        (e.GetString("Coordinators") ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries), e.GetString("Action") ?? "",
        Dates.Parse(e.GetString("Due")), e.GetString("DeadlineKind"), e.GetString("DeadlineText"), e.GetString("Status") ?? Open,
        e.GetString("LetterNumber"), Dates.Parse(e.GetString("LetterIssuedOn")), e.GetString("LetterIssuer"),
        e.GetString("LetterSubject"), e.GetString("Secrecy"), e.GetString("ClosedBy"), e.GetDateTimeOffset("ClosedAt"));
}
