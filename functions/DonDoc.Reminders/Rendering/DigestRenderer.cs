using System.Globalization;

namespace DonDoc.Reminders;

/// <summary>
/// Turns a digest into a Vietnamese mail: subject with counts and the day, HTML and plain-text bodies, a
/// signed "Đã hoàn thành" link per task, and an .ics file per deadline still ahead (or due today). Letter
/// text is untrusted and escaped; MẬT letters show only a pointer. Pure apart from the time it is given.
/// </summary>
public sealed class DigestRenderer
{
    private readonly DigestRendererOptions options;

    /// <summary>A renderer signing completion links with the options' key.</summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="CompletionLink.MinKeyBytes"/> or the endpoint is not absolute http(s).</exception>
    public DigestRenderer(DigestRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CompletionKey is null || options.CompletionKey.Length < CompletionLink.MinKeyBytes)
        {
            throw new ArgumentException($"The completion key must be at least {CompletionLink.MinKeyBytes} bytes.", nameof(options));
        }
        if (HtmlText.Href(options.CompletionEndpoint) is null)
        {
            throw new ArgumentException("The completion endpoint must be an absolute http(s) URL.", nameof(options));
        }
        this.options = options;
    }

    /// <summary>The mail for <paramref name="digest"/> on <paramref name="today"/>; links expire counting from <paramref name="now"/>.</summary>
    public MailMessage Render(ReminderDigest digest, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var expires = now + options.CompletionLinkLifetime;
        var sections = DigestSections.Of(digest)
            .Select(s => (s.Title, (IReadOnlyList<ItemView>)[.. s.Items.Select(i => ItemView.From(i, DoneLink(i.Task.TaskId, expires), options.SystemLink))]))
            .ToList();
        var subject = VietnameseText.Subject(digest, today);
        return new MailMessage(
            digest.To,
            digest.Cc,
            HtmlText.OneLine(subject),
            DigestHtml.Write(digest, sections, subject, today),
            DigestText.Write(digest, sections, today),
            CalendarFiles(digest, now));
    }

    /// <summary>The completion URL for a task: the endpoint with <c>token=</c> a <see cref="CompletionLink"/> token.</summary>
    public Uri DoneLink(string taskId, DateTimeOffset expiresAt)
    {
        var token = CompletionLink.Create(taskId, expiresAt, options.CompletionKey);
        var builder = new UriBuilder(options.CompletionEndpoint);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length == 0 ? "" : query + "&") + "token=" + token;
        return builder.Uri;
    }

    private static List<MailAttachment> CalendarFiles(ReminderDigest digest, DateTimeOffset now)
    {
        var files = new List<MailAttachment>();
        foreach (var item in digest.Items.Where(i => i.WorkingDaysLeft >= 0 && i.EffectiveDue is not null))
        {
            var day = item.EffectiveDue!.Value;
            var letter = item.Task.Letter;
            var (summary, description) = letter.IsSecret
                ? (VietnameseText.SecretPointer(letter), null)
                : ("Hạn: " + HtmlText.OneLine(item.Task.Action), $"{VietnameseText.LetterLine(letter)}\n{HtmlText.OneLine(item.Task.DeadlineText)}".TrimEnd());
            var name = string.Create(CultureInfo.InvariantCulture, $"han-{day:yyyy-MM-dd}-{files.Count + 1}.ics");
            files.Add(new MailAttachment(
                name, "text/calendar; charset=utf-8; method=PUBLISH",
                CalendarFile.Event(item.Task.TaskId, day, summary, description, now)));
        }
        return files;
    }
}
