using DonDoc.App.Records;
using DonDoc.App.Settings;
using DonDoc.Calendar;
using DonDoc.Reminders;

namespace DonDoc.App.Reminders;

/// <summary>
/// Builds the reminder run (design §7) from settings: open tasks from <c>OpenTasks</c>, the log in
/// <c>Reminders</c>, the directory from <c>Directory</c> (read fresh each run, so an import applies at once),
/// digests with signed "Đã hoàn thành" links, and the outbox or Microsoft Graph as the mailer.
/// </summary>
public sealed class ReminderSending(DonDocSettings settings, DonDocStorage storage, WorkingDayCalendar calendar, TimeProvider clock, byte[] linkKey)
{
    public ReminderPolicy Policy { get; init; } = ReminderPolicy.Default;

    public async Task<ReminderRun> CreateRunAsync(IMailer? mailer = null, CancellationToken ct = default)
    {
        var directory = await new DirectoryStore(storage).LoadAsync(settings.TriageAddress, ct);
        var planner = new ReminderPlanner(calendar, Policy, directory);
        var renderer = new DigestRenderer(new DigestRendererOptions
        {
            CompletionEndpoint = new Uri(settings.PublicBaseUrl, "tasks/complete"),
            CompletionKey = linkKey,
            SystemLink = settings.PublicBaseUrl,
        });
        return new ReminderRun(new TableOpenTaskSource(storage), new TableReminderLog(storage), planner, renderer, mailer ?? CreateMailer(), clock);
    }

    public IMailer CreateMailer() => settings.MailMode switch
    {
        "graph" => new GraphMailer(
            GraphMailClient.Create(new GraphConnectionOptions { Credential = GraphCredentialKind.ManagedIdentity, ClientId = settings.ManagedIdentityClientId }),
            new GraphMailerOptions { Sender = settings.MailSender! }, time: clock),
        _ => new OutboxMailer(settings.OutboxDirectory, clock),
    };
}
