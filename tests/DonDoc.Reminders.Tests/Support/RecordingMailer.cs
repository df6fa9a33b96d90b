using System.Collections.Concurrent;

namespace DonDoc.Reminders.Tests;

/// <summary>A mailer that keeps what it "sent"; a hook can fail or crash chosen sends.</summary>
public sealed class RecordingMailer : IMailer
{
    private int calls;

    /// <summary>Decides the fate of call n (1-based): null sends; a result fails; the hook may also throw.</summary>
    public Func<int, MailMessage, MailResult?>? Hook { get; set; }

    public ConcurrentQueue<MailMessage> Sent { get; } = new();

    public int Calls => calls;

    public Task<MailResult> SendAsync(MailMessage message, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref calls);
        if (Hook?.Invoke(n, message) is { } failure)
        {
            return Task.FromResult(failure);
        }
        Sent.Enqueue(message);
        return Task.FromResult(MailResult.Sent());
    }
}
