using System.Globalization;
using DonDoc.Calendar;
using DonDoc.Letters;

namespace DonDoc.Reminders.Tests;

/// <summary>Small builders so each test states only what it is about.</summary>
public static class Make
{
    public static WorkingDayCalendar Vietnam => WorkingDayCalendar.Vietnam;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static LetterSummary Letter(string number = "382/TB-VPCP", bool secret = false, Uri? scan = null) =>
        new(number, D("2025-07-23"), "Văn phòng Chính phủ", "Kết luận của Phó Thủ tướng về đô thị thông minh", secret, scan);

    public static OpenTask Task(
        string id,
        string? due,
        DeadlineKind? kind = DeadlineKind.Exact,
        string assignee = "Bộ Xây dựng",
        string action = "Xây dựng Nghị định về phát triển đô thị thông minh",
        string deadlineText = "trước ngày …",
        LetterSummary? letter = null,
        string letterId = "L1") =>
        new(id, letterId, assignee, due is null ? null : D(due), kind, action, deadlineText, letter ?? Letter());

    public static DirectoryEntry Entry(string key, string name, string[]? aliases = null, string[]? to = null, string[]? cc = null, string[]? escalation = null) =>
        new(key, name, aliases ?? [], to ?? [$"{key}@example.gov.vn"], cc ?? [], escalation ?? []);

    public static DirectoryEntry Triage { get; } = Entry("triage", "Văn thư (phân loại)", to: ["vanthu@office.gov.vn"]);

    /// <summary>The directory the tests share: seed assignees, a province department, the office itself.</summary>
    public static AgencyDirectory Agencies { get; } = new(
        [
            Entry("bxd", "Bộ Xây dựng", ["BXD", "Bộ trưởng Bộ Xây dựng"], ["bxd@moc.gov.vn"], ["vanthu.bxd@moc.gov.vn"], ["lanhdao.bxd@moc.gov.vn"]),
            Entry("tct", "Tổ công tác liên ngành đô thị thông minh", ["Các Thành viên Tổ Công tác", "Tổ Công tác"], ["totacongtac@moc.gov.vn"]),
            Entry("btp", "Bộ Tư pháp", ["BTP"], ["btp@moj.gov.vn"]),
            Entry("ubnd-tinh", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", ["UBND các tỉnh, thành phố"], ["diaphuong@office.gov.vn"]),
            Entry("stc-laocai", "Sở Tài chính tỉnh Lào Cai", ["STC Lào Cai"], ["stc@laocai.gov.vn"]),
            Entry("ubnd-laocai", "Ủy ban nhân dân tỉnh Lào Cai", [], ["ubnd@laocai.gov.vn"]),
            Entry("office", "Văn phòng", ["Quý Cơ quan"], ["vanphong@office.gov.vn", "chanhvp@office.gov.vn"]),
        ],
        Triage);

    public static ReminderPlanner Planner(ReminderPolicy? policy = null, AgencyDirectory? directory = null) =>
        new(Vietnam, policy ?? ReminderPolicy.Default, directory ?? Agencies);

    public static DigestRenderer Renderer() => new(new DigestRendererOptions
    {
        CompletionEndpoint = new Uri("https://dondoc.example.gov.vn/api/tasks/complete"),
        CompletionKey = Key,
        SystemLink = new Uri("https://dondoc.example.gov.vn/"),
    });
}
