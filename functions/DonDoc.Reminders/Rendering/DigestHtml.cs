using System.Text;

namespace DonDoc.Reminders;

/// <summary>The HTML body of a digest: inline styles only (mail clients drop style sheets), every value escaped.</summary>
internal static class DigestHtml
{
    public static string Write(ReminderDigest digest, IReadOnlyList<(string Title, IReadOnlyList<ItemView> Items)> sections, string subject, DateOnly today)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(HtmlText.Escape(subject))
            .Append("</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n")
            .Append("<p>Kính gửi: ").Append(HtmlText.Escape(DigestSections.Addressees(digest))).Append("</p>\n")
            .Append("<p>DonDoc xin nhắc các nhiệm vụ dưới đây (ngày ").Append(VietnameseText.Date(today)).Append(").</p>\n");
        foreach (var (title, items) in sections)
        {
            html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px\">").Append(HtmlText.Escape(title))
                .Append(" (").Append(items.Count).Append(")</h2>\n");
            foreach (var item in items)
            {
                Item(html, item);
            }
        }
        html.Append("<p style=\"color:#666;font-size:12px\">Thư gửi tự động từ hệ thống DonDoc. ")
            .Append("Tệp lịch (.ics) đính kèm cho các hạn sắp tới. ")
            .Append("Đường dẫn xem văn bản và «Đã hoàn thành» chỉ có hiệu lực trong thời gian giới hạn.</p>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Item(StringBuilder html, ItemView item)
    {
        var colour = item.IsOverdue ? "#c62828" : "#1565c0";
        html.Append("<div style=\"border-left:4px solid ").Append(colour).Append(";padding:4px 12px;margin:12px 0\">\n")
            .Append("<p style=\"margin:0\"><b>").Append(HtmlText.Escape(item.Heading)).Append("</b></p>\n");
        Line(html, "V/v", item.Subject);
        Line(html, "Đơn vị chủ trì", item.Assignee);
        Line(html, "Nhiệm vụ", item.Action);
        if (item.Deadline is not null)
        {
            html.Append("<p style=\"margin:4px 0\">Hạn: ").Append(HtmlText.Escape(item.Deadline));
            if (item.Status is not null)
            {
                html.Append(" — <b style=\"color:").Append(colour).Append("\">").Append(HtmlText.Escape(item.Status)).Append("</b>");
            }
            html.Append("</p>\n");
        }
        if (item.DeadlineText is not null)
        {
            html.Append("<p style=\"margin:0;color:#555\"><i>Văn bản ghi: ").Append(HtmlText.Escape(item.DeadlineText)).Append("</i></p>\n");
        }
        if (item.Note is not null)
        {
            html.Append("<p style=\"margin:4px 0;color:#8a4b00\">").Append(HtmlText.Escape(item.Note)).Append("</p>\n");
        }
        var links = new List<string>();
        if (HtmlText.Href(item.ScanLink) is { } scan)
        {
            links.Add($"<a href=\"{scan}\">Xem văn bản</a>");
        }
        if (HtmlText.Href(item.SystemLink) is { } system)
        {
            links.Add($"<a href=\"{system}\">Mở hệ thống</a>");
        }
        if (HtmlText.Href(item.CompletionLink) is { } done)
        {
            links.Add($"<a href=\"{done}\">Đã hoàn thành</a>");
        }
        if (links.Count > 0)
        {
            html.Append("<p style=\"margin:6px 0 0\">").AppendJoin(" · ", links).Append("</p>\n");
        }
        html.Append("</div>\n");
    }

    private static void Line(StringBuilder html, string label, string? value)
    {
        if (value is not null)
        {
            html.Append("<p style=\"margin:2px 0\">").Append(label).Append(": ").Append(HtmlText.Escape(value)).Append("</p>\n");
        }
    }
}
