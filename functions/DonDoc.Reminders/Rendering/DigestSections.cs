namespace DonDoc.Reminders;

/// <summary>The order a digest is read in: what is late, what is due today, what is coming, what to check.</summary>
internal static class DigestSections
{
    public static IEnumerable<(string Title, IReadOnlyList<DigestItem> Items)> Of(ReminderDigest digest)
    {
        (string, Func<DigestItem, bool>)[] sections =
        [
            ("Quá hạn", i => i.IsOverdue),
            ("Đến hạn hôm nay", i => i.IsDueToday),
            ("Sắp đến hạn", i => i.IsUpcoming),
            ("Cần kiểm tra thời hạn", i => i.NeedsCheck),
        ];
        foreach (var (title, belongs) in sections)
        {
            var items = digest.Items.Where(belongs).ToList();
            if (items.Count > 0)
            {
                yield return (title, items);
            }
        }
    }

    /// <summary>"Kính gửi: Bộ Xây dựng" names: the distinct entries the digest is for.</summary>
    public static string Addressees(ReminderDigest digest) =>
        string.Join("; ", digest.Items.Select(i => HtmlText.OneLine(i.Entry.DisplayName)).Distinct(StringComparer.Ordinal));
}
