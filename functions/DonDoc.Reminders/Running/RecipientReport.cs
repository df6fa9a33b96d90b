namespace DonDoc.Reminders;

/// <summary>What happened to one recipient's digest in a run; counts are reminders (tasks), not mails.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Items">The reminders this run took and mailed (or failed to): task, step, deadline.</param>
/// <param name="Sent">Reminders delivered in this run.</param>
/// <param name="Skipped">Reminders another run held (claimed) at the time, so not sent by this one.</param>
/// <param name="Failed">Reminders whose mail failed.</param>
/// <param name="Result">The mailer's result; null when nothing was sent or the outcome is unknown.</param>
/// <param name="Note">Why something failed or was skipped.</param>
public sealed record RecipientReport(
    string To, IReadOnlyList<DigestItem> Items, int Sent, int Skipped, int Failed, MailResult? Result = null, string? Note = null);
