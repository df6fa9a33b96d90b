namespace DonDoc.Reminders;

/// <summary>
/// What a digest item shows, decided once for HTML and text alike. Secret letters are reduced here, so
/// neither writer can leak them: only the pointer, the deadline's day and status, and the completion link.
/// All strings are raw text; the writers escape.
/// </summary>
internal sealed record ItemView(
    string Heading,
    string? Subject,
    string? Assignee,
    string? Action,
    string? Deadline,
    string? Status,
    string? DeadlineText,
    string? Note,
    Uri? ScanLink,
    Uri? SystemLink,
    Uri CompletionLink,
    bool IsOverdue)
{
    public static ItemView From(DigestItem item, Uri completionLink, Uri? systemLink)
    {
        var task = item.Task;
        var secret = task.Letter.IsSecret;
        string? deadline = item.Due is { } due && item.EffectiveDue is { } effective ? VietnameseText.Deadline(due, effective) : null;
        string? status = item.WorkingDaysLeft is { } days ? VietnameseText.Status(days) : null;
        var notes = new List<string>();
        if (item.Triage is { } reason)
        {
            notes.Add(VietnameseText.Triage(reason, secret ? null : HtmlText.OneLine(task.Assignee)));
        }
        if (item.IsEscalated && item.EscalationCc.Count > 0)
        {
            notes.Add("Nhiệm vụ đã quá hạn: thư này được gửi đồng thời tới lãnh đạo phụ trách.");
        }
        var note = notes.Count == 0 ? null : string.Join(" ", notes);

        if (secret)
        {
            return new ItemView(
                VietnameseText.SecretPointer(task.Letter), null, null, null, deadline, status, null, note,
                null, systemLink, completionLink, item.IsOverdue);
        }
        return new ItemView(
            VietnameseText.LetterLine(task.Letter),
            Blank(task.Letter.Subject),
            Blank(task.Assignee),
            Blank(task.Action),
            deadline,
            status,
            Blank(task.DeadlineText),
            note,
            task.Letter.ScanLink,
            null,
            completionLink,
            item.IsOverdue);
    }

    private static string? Blank(string? text)
    {
        var line = HtmlText.OneLine(text);
        return line.Length == 0 ? null : line;
    }
}
