using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace DonDoc.Reminders;

/// <summary>
/// Sends through Microsoft Graph <c>POST /users/{sender}/sendMail</c> with the Microsoft.Graph SDK: HTML body,
/// To and Cc, file attachments. Retries itself (so waits go through the injected <see cref="TimeProvider"/>
/// and the rate limiter), with the SDK's own retry turned off per request so the two never multiply.
/// 202 means accepted, not delivered (platform notes §4.1).
/// </summary>
public sealed class GraphMailer : IMailer
{
    private readonly GraphServiceClient client;
    private readonly GraphMailerOptions options;
    private readonly MailRateLimiter limiter;
    private readonly TimeProvider time;

    /// <summary>A mailer over <paramref name="client"/> (see <see cref="GraphMailClient.Create"/>), sharing <paramref name="limiter"/> for the sender mailbox.</summary>
    public GraphMailer(GraphServiceClient client, GraphMailerOptions options, MailRateLimiter? limiter = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Sender);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1);
        this.client = client;
        this.options = options;
        this.time = time ?? TimeProvider.System;
        this.limiter = limiter ?? new MailRateLimiter(time: this.time);
    }

    /// <inheritdoc />
    public async Task<MailResult> SendAsync(MailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Unaddressable(message) is { } problem)
        {
            return MailResult.Permanent(0, null, problem);
        }
        var body = Body(message);
        for (var attempt = 1; ; attempt++)
        {
            int? status;
            string? retryAfter = null;
            string error;
            using (await limiter.AcquireAsync(ct).ConfigureAwait(false))
            {
                try
                {
                    await client.Users[options.Sender].SendMail.PostAsync(body, NoSdkRetry, ct).ConfigureAwait(false);
                    return MailResult.Sent(attempt);
                }
                catch (ApiException e)
                {
                    status = e.ResponseStatusCode;
                    retryAfter = Header(e, "Retry-After");
                    error = Describe(e);
                }
                catch (HttpRequestException e)
                {
                    status = null;
                    error = "network: " + e.Message;
                }
                catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
                {
                    status = null;
                    error = "timeout: " + e.Message;
                }
                catch (AuthenticationFailedException e)
                {
                    // No token means no request: every message would fail alike, so do not hammer the
                    // identity endpoint; the run records a transient failure and the host retries it.
                    return MailResult.Transient(attempt, null, "authentication: " + e.Message);
                }
            }
            if (!GraphRetry.IsTransient(status))
            {
                return MailResult.Permanent(attempt, status, error);
            }
            var wait = GraphRetry.Delay(status, retryAfter, attempt, time.GetUtcNow(), options.BaseDelay, options.MaxDelay);
            if (attempt >= options.MaxAttempts || wait is null)
            {
                return MailResult.Transient(attempt, status, error);
            }
            await Task.Delay(wait.Value, time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The Graph request body for a message: HTML body, recipients, file attachments as base64 bytes.</summary>
    public SendMailPostRequestBody Body(MailMessage message) => new()
    {
        Message = new Message
        {
            // Defence in depth: the renderer never puts a line break in a subject, and Graph would not
            // carry one into a header, but a mail header is no place for one either way.
            Subject = HtmlText.OneLine(message.Subject),
            Body = new ItemBody { ContentType = BodyType.Html, Content = message.Html },
            ToRecipients = [Recipient(message.To)],
            CcRecipients = [.. message.Cc.Select(Recipient)],
            Attachments =
            [
                .. message.Attachments.Select(a => new FileAttachment
                {
                    OdataType = "#microsoft.graph.fileAttachment",
                    Name = a.Name,
                    ContentType = a.ContentType,
                    ContentBytes = a.Content,
                }),
            ],
        },
        SaveToSentItems = options.SaveToSentItems,
    };

    private static void NoSdkRetry(RequestConfiguration<DefaultQueryParameters> config) =>
        config.Options.Add(new RetryHandlerOption { ShouldRetry = (_, _, _) => false });

    private static Recipient Recipient(string address) => new() { EmailAddress = new EmailAddress { Address = address.Trim() } };

    private static string? Unaddressable(MailMessage message)
    {
        var bad = new[] { message.To }.Concat(message.Cc).Where(a => !EmailAddresses.IsValid(a?.Trim())).ToList();
        return bad.Count == 0 ? null : "not a valid address: " + string.Join(", ", bad);
    }

    private static string? Header(ApiException e, string name)
    {
        if (e.ResponseHeaders is null)
        {
            return null;
        }
        foreach (var (key, values) in e.ResponseHeaders)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return values.FirstOrDefault();
            }
        }
        return null;
    }

    private static string Describe(ApiException e) =>
        e is Microsoft.Graph.Models.ODataErrors.ODataError { Error: { } odata }
            ? $"Graph {e.ResponseStatusCode} {odata.Code}: {odata.Message}"
            : $"Graph {e.ResponseStatusCode}: {e.Message}";
}
