namespace DonDoc.Reminders;

/// <summary>Sends a rendered mail. Failures come back as a <see cref="MailResult"/>; only cancellation throws.</summary>
public interface IMailer
{
    /// <summary>Sends <paramref name="message"/>, retrying what is worth retrying, and says how it ended.</summary>
    Task<MailResult> SendAsync(MailMessage message, CancellationToken ct);
}
