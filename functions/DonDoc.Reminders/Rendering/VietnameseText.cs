using System.Globalization;

namespace DonDoc.Reminders;

/// <summary>The Vietnamese wording of digests, in one place: dates, deadline status, subject, reasons.</summary>
internal static class VietnameseText
{
    private static readonly string[] Weekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>"22/07/2025".</summary>
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>"15/08/2025 (thứ Sáu)".</summary>
    public static string DateWithWeekday(DateOnly date) => $"{Date(date)} ({Weekdays[(int)date.DayOfWeek]})";

    /// <summary>"còn 3 ngày làm việc", "hôm nay là hạn", "quá hạn 2 ngày làm việc".</summary>
    public static string Status(int daysLeft) => daysLeft switch
    {
        > 0 => $"còn {daysLeft.ToString(CultureInfo.InvariantCulture)} ngày làm việc",
        0 => "hôm nay là hạn",
        _ => $"quá hạn {(-daysLeft).ToString(CultureInfo.InvariantCulture)} ngày làm việc",
    };

    /// <summary>The deadline line: the day the letter names and, when that is a day off, the day the limit ends.</summary>
    public static string Deadline(DateOnly due, DateOnly effective) => due == effective
        ? DateWithWeekday(due)
        : $"{DateWithWeekday(due)}, trùng ngày nghỉ nên hạn kết thúc {DateWithWeekday(effective)}";

    /// <summary>"[DonDoc] 3 nhiệm vụ sắp đến hạn, 1 quá hạn — 22/07/2025": counts only, never letter text.</summary>
    public static string Subject(ReminderDigest digest, DateOnly today)
    {
        var parts = new List<string>();
        Add(digest.UpcomingCount, "sắp đến hạn");
        Add(digest.DueTodayCount, "đến hạn hôm nay");
        Add(digest.OverdueCount, "quá hạn");
        Add(digest.CheckCount, "cần kiểm tra");
        return $"[DonDoc] {string.Join(", ", parts)} — {Date(today)}";

        void Add(int count, string what)
        {
            if (count > 0)
            {
                var n = count.ToString(CultureInfo.InvariantCulture);
                parts.Add(parts.Count == 0 ? $"{n} nhiệm vụ {what}" : $"{n} {what}");
            }
        }
    }

    /// <summary>Why a person must look at an item, as a sentence for the triage office.</summary>
    public static string Triage(TriageReason reason, string? assignee) => reason switch
    {
        TriageReason.InvalidDeadline => "Thời hạn ghi trong văn bản không phải là một ngày có thật: cần người kiểm tra và nhập lại hạn.",
        TriageReason.RelativeWithoutBase => "Thời hạn tính từ một ngày chưa rõ (ngày nhận, ngày ký): cần người kiểm tra và nhập hạn.",
        TriageReason.RecurringWithoutDay => "Nhiệm vụ định kỳ chưa rõ ngày hạn: cần người kiểm tra và nhập ngày.",
        TriageReason.UnknownAssignee => assignee is null
            ? "Đơn vị được giao chưa có trong danh bạ: cần chuyển đúng đơn vị và bổ sung danh bạ."
            : $"Đơn vị được giao «{assignee}» chưa có trong danh bạ: cần chuyển đúng đơn vị và bổ sung danh bạ.",
        TriageReason.AmbiguousAssignee => assignee is null
            ? "Tên đơn vị được giao khớp nhiều mục trong danh bạ: cần người kiểm tra."
            : $"Tên đơn vị được giao «{assignee}» khớp nhiều mục trong danh bạ: cần người kiểm tra.",
        _ => "Cần người kiểm tra.",
    };

    /// <summary>"Văn bản MẬT số 12/BC-X: xem trên hệ thống" — all a secret letter's reminder may say of it.</summary>
    public static string SecretPointer(LetterSummary letter) =>
        string.IsNullOrWhiteSpace(letter.Number)
            ? "Văn bản MẬT: xem trên hệ thống"
            : $"Văn bản MẬT số {HtmlText.OneLine(letter.Number)}: xem trên hệ thống";

    /// <summary>"Văn bản số 382/TB-VPCP ngày 23/07/2025 của Văn phòng Chính phủ", leaving out what is unknown.</summary>
    public static string LetterLine(LetterSummary letter)
    {
        var line = string.IsNullOrWhiteSpace(letter.Number) ? "Văn bản (chưa rõ số)" : $"Văn bản số {HtmlText.OneLine(letter.Number)}";
        if (letter.IssuedOn is { } issued)
        {
            line += $" ngày {Date(issued)}";
        }
        if (!string.IsNullOrWhiteSpace(letter.Issuer))
        {
            line += $" của {HtmlText.OneLine(letter.Issuer)}";
        }
        return line;
    }
}
