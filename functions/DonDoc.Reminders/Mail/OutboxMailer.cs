using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DonDoc.Reminders;

/// <summary>
/// "Sends" by writing each mail into a folder for people to open (local runs, design §7):
/// <c>{yyyyMMdd-HHmmss}-{recipient}-{n}.html</c> (the body), <c>.json</c> (to, cc, subject, text body,
/// attachment list) and one file per attachment. Every piece of a file name is made safe
/// (<see cref="SafeFileName"/>); n counts up so nothing is overwritten. Addresses are checked as Graph would.
/// </summary>
public sealed class OutboxMailer : IMailer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Readable Vietnamese in the file; it is data for people, never inserted into a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string directory;
    private readonly TimeProvider time;

    /// <summary>An outbox in <paramref name="directory"/> (created when missing); file times come from <paramref name="time"/>, local time.</summary>
    public OutboxMailer(string directory, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = directory;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The folder written to.</summary>
    public string Directory => directory;

    /// <inheritdoc />
    public async Task<MailResult> SendAsync(MailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bad = new[] { message.To }.Concat(message.Cc).Where(a => !EmailAddresses.IsValid(a?.Trim())).ToList();
        if (bad.Count > 0)
        {
            return MailResult.Permanent(1, null, "not a valid address: " + string.Join(", ", bad));
        }
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var now = time.GetLocalNow();
            var (stem, html) = CreateUnique($"{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{SafeFileName.Part(message.To)}");
            await using (html)
            {
                await html.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message.Html), ct).ConfigureAwait(false);
            }
            var attachments = new List<object>();
            for (var i = 0; i < message.Attachments.Count; i++)
            {
                var a = message.Attachments[i];
                var file = $"{stem}.{i + 1}-{SafeFileName.Part(a.Name)}";
                await File.WriteAllBytesAsync(Path.Combine(directory, file), a.Content, ct).ConfigureAwait(false);
                attachments.Add(new { a.Name, a.ContentType, File = file, Bytes = a.Content.Length });
            }
            var meta = new
            {
                message.To,
                message.Cc,
                message.Subject,
                HtmlFile = stem + ".html",
                message.Text,
                Attachments = attachments,
                WrittenAt = now,
            };
            await File.WriteAllTextAsync(Path.Combine(directory, stem + ".json"), JsonSerializer.Serialize(meta, Json), ct).ConfigureAwait(false);
            return MailResult.Sent();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return MailResult.Transient(1, null, "outbox: " + e.Message);
        }
    }

    // CreateNew makes the name ours even when two sends race for the same second and recipient.
    private (string Stem, FileStream Html) CreateUnique(string prefix)
    {
        for (var n = 1; ; n++)
        {
            var stem = $"{prefix}-{n.ToString(CultureInfo.InvariantCulture)}";
            try
            {
                return (stem, new FileStream(Path.Combine(directory, stem + ".html"), FileMode.CreateNew, FileAccess.Write));
            }
            catch (IOException) when (File.Exists(Path.Combine(directory, stem + ".html")))
            {
                // Taken: try the next number.
            }
        }
    }
}
