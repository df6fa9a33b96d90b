namespace DonDoc.Reminders;

/// <summary>A dry run: what would be sent today, planned and rendered, with nothing claimed or sent.</summary>
/// <param name="Plan">The plan, against the log as it stands.</param>
/// <param name="Messages">The mail each digest would become, in the plan's order.</param>
public sealed record ReminderPreview(ReminderPlan Plan, IReadOnlyList<MailMessage> Messages);
