using System.Collections.Concurrent;

namespace DonDoc.Reminders;

/// <summary>
/// The "send reminders" use case (design §3, §7), storage-agnostic: read the open tasks that can be due,
/// plan against the log, and for each recipient claim every reminder, send one digest, then mark. A second
/// run on the same day finds everything marked and sends nothing; a run that died between claim and mark
/// leaves claims that expire after <see cref="ReminderRunOptions.ClaimTimeout"/>, so the next run resends
/// them (the one possible duplicate). Called by the Functions timer and by <c>dondoc remind</c>.
/// </summary>
public sealed class ReminderRun(
    IOpenTaskSource source,
    IReminderLog log,
    ReminderPlanner planner,
    DigestRenderer renderer,
    IMailer mailer,
    TimeProvider clock,
    ReminderRunOptions? options = null)
{
    private readonly ReminderRunOptions options = options ?? new ReminderRunOptions();

    /// <summary>Plans, claims, sends and marks the reminders due on <paramref name="today"/>.</summary>
    /// <exception cref="Exception">The task source or the log failed: the run stops; claims it made expire and are retried.</exception>
    public async Task<ReminderRunReport> RunAsync(DateOnly today, CancellationToken ct)
    {
        var plan = await PlanAsync(today, ct).ConfigureAwait(false);
        if (plan.SkipReason is not null)
        {
            return new ReminderRunReport(today, plan.SkipReason, []);
        }
        var rows = new ConcurrentBag<RecipientReport>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelSends), CancellationToken = ct };
        await Parallel.ForEachAsync(plan.Digests, parallel, async (digest, token) =>
            rows.Add(await SendDigestAsync(digest, today, token).ConfigureAwait(false))).ConfigureAwait(false);
        return new ReminderRunReport(today, null, [.. rows.OrderBy(r => r.To, StringComparer.OrdinalIgnoreCase)], plan.AlreadySentCount);
    }

    /// <summary>
    /// The dry run (<c>dondoc remind --dry-run</c>): the plan and the mails it would send, read against the
    /// log as it stands; claims nothing, sends nothing, writes nothing.
    /// </summary>
    public async Task<ReminderPreview> PreviewAsync(DateOnly today, CancellationToken ct)
    {
        var plan = await PlanAsync(today, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        return new ReminderPreview(plan, [.. plan.Digests.Select(d => renderer.Render(d, today, now))]);
    }

    private async Task<ReminderPlan> PlanAsync(DateOnly today, CancellationToken ct)
    {
        if (!planner.Calendar.IsWorkingDay(today))
        {
            return planner.Plan([], today);
        }
        var tasks = await source.ListDueAsync(planner.DueHorizon(today), ct).ConfigureAwait(false);
        var taskIds = tasks.Select(t => t.TaskId).Distinct(StringComparer.Ordinal).ToList();
        var records = taskIds.Count == 0 ? [] : await log.ListAsync(taskIds, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var blocked = records.Where(r => r.Blocks(now, options.ClaimTimeout)).Select(r => r.Key).ToHashSet();
        return planner.Plan(tasks, today, blocked);
    }

    private async Task<RecipientReport> SendDigestAsync(ReminderDigest digest, DateOnly today, CancellationToken ct)
    {
        var claimed = new List<DigestItem>();
        foreach (var item in digest.Items)
        {
            if (await log.TryClaimAsync(KeyOf(item, digest), today, clock.GetUtcNow(), options.ClaimTimeout, ct).ConfigureAwait(false))
            {
                claimed.Add(item);
            }
        }
        var skipped = digest.Items.Count - claimed.Count;
        if (claimed.Count == 0)
        {
            return new RecipientReport(digest.To, [], 0, skipped, 0, null, "claimed by another run");
        }

        var toSend = claimed.Count == digest.Items.Count ? digest : digest.WithItems(claimed);
        var message = renderer.Render(toSend, today, clock.GetUtcNow());
        MailResult result;
        try
        {
            result = await mailer.SendAsync(message, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The mail may or may not have gone out: leave the claims unmarked, so they expire and a later
            // run resends (at most one duplicate) rather than losing the reminder.
            return new RecipientReport(digest.To, claimed, 0, skipped, claimed.Count, null, "outcome unknown: " + e.Message);
        }

        var at = clock.GetUtcNow();
        foreach (var item in claimed)
        {
            // Not cancellable: once the mail is out, the mark must land, or the reminder is sent twice.
            if (result.IsSent)
            {
                await log.MarkSentAsync(KeyOf(item, digest), at, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                var permanent = result.Outcome == MailOutcome.PermanentFailure;
                await log.MarkFailedAsync(KeyOf(item, digest), at, permanent, result.Error ?? "failed", CancellationToken.None).ConfigureAwait(false);
            }
        }
        return result.IsSent
            ? new RecipientReport(digest.To, claimed, claimed.Count, skipped, 0, result)
            : new RecipientReport(digest.To, claimed, 0, skipped, claimed.Count, result, result.Error);
    }

    private static ReminderKey KeyOf(DigestItem item, ReminderDigest digest) => new(item.Task.TaskId, item.Step.Key, digest.To);
}
