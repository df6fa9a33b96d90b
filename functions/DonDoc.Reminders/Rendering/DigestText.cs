using System.Text;

namespace DonDoc.Reminders;

/// <summary>The plain-text body of a digest, with the same content as the HTML; each value kept on one line.</summary>
internal static class DigestText
{
    public static string Write(ReminderDigest digest, IReadOnlyList<(string Title, IReadOnlyList<ItemView> Items)> sections, DateOnly today)
    {
        var text = new StringBuilder();
        text.Append("Kính gửi: ").Append(DigestSections.Addressees(digest)).Append('\n').Append('\n')
            .Append("DonDoc xin nhắc các nhiệm vụ dưới đây (ngày ").Append(VietnameseText.Date(today)).Append(").\n");
        var n = 0;
        foreach (var (title, items) in sections)
        {
            text.Append('\n').Append(title.ToUpperInvariant()).Append(" (").Append(items.Count).Append(")\n");
            foreach (var item in items)
            {
                n++;
                text.Append(n).Append(". ").Append(item.Heading).Append('\n');
                Line(text, "V/v", item.Subject);
                Line(text, "Đơn vị chủ trì", item.Assignee);
                Line(text, "Nhiệm vụ", item.Action);
                Line(text, "Hạn", item.Deadline is null ? null : item.Status is null ? item.Deadline : $"{item.Deadline} — {item.Status}");
                Line(text, "Văn bản ghi", item.DeadlineText);
                Line(text, "Lưu ý", item.Note);
                Line(text, "Xem văn bản", Link(item.ScanLink));
                Line(text, "Mở hệ thống", Link(item.SystemLink));
                Line(text, "Đã hoàn thành", Link(item.CompletionLink));
            }
        }
        text.Append('\n').Append("Thư gửi tự động từ hệ thống DonDoc. Đường dẫn xem văn bản và «Đã hoàn thành» chỉ có hiệu lực trong thời gian giới hạn.\n");
        return text.ToString();
    }

    private static string? Link(Uri? link) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) ? link.AbsoluteUri : null;

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append("   ").Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
