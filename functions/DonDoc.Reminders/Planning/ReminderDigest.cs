namespace DonDoc.Reminders;

/// <summary>Everything one address hears about today: one mail.</summary>
/// <param name="To">The recipient address.</param>
/// <param name="Cc">Copies: the entries' Cc addresses, plus escalation addresses of escalated items; never <paramref name="To"/>.</param>
/// <param name="Items">The items, most overdue first, then by deadline; checks last.</param>
/// <param name="IsTriage">True for the triage office's digest.</param>
public sealed record ReminderDigest(string To, IReadOnlyList<string> Cc, IReadOnlyList<DigestItem> Items, bool IsTriage)
{
    /// <summary>
    /// A digest for <paramref name="to"/> with its Cc worked out from the items: each item's entry Cc and,
    /// when escalated, its escalation addresses; without duplicates or the To address, in item order.
    /// </summary>
    public static ReminderDigest For(string to, IReadOnlyList<DigestItem> items, bool isTriage)
    {
        var cc = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { to.Trim() };
        foreach (var address in items.SelectMany(i => i.Entry.Cc.Concat(i.EscalationCc)))
        {
            if (seen.Add(address.Trim()))
            {
                cc.Add(address.Trim());
            }
        }
        return new ReminderDigest(to.Trim(), cc, items, isTriage);
    }

    /// <summary>The same digest with only <paramref name="items"/> (those a run could claim), Cc recomputed.</summary>
    public ReminderDigest WithItems(IReadOnlyList<DigestItem> items) => For(To, items, IsTriage);

    /// <summary>Items whose deadline is still ahead.</summary>
    public int UpcomingCount => Items.Count(i => i.IsUpcoming);

    /// <summary>Items due today.</summary>
    public int DueTodayCount => Items.Count(i => i.IsDueToday);

    /// <summary>Overdue items.</summary>
    public int OverdueCount => Items.Count(i => i.IsOverdue);

    /// <summary>Items whose deadline a person must check.</summary>
    public int CheckCount => Items.Count(i => i.NeedsCheck);
}
