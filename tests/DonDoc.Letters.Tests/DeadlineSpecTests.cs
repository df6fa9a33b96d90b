using DonDoc.Calendar;
using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tests;

/// <summary>Deadline phrases of vietnamese-letters.md §5 → due date and kind, for a letter issued on the given day.</summary>
public class DeadlineSpecTests
{
    private static readonly DeadlineParser Parser = new(WorkingDayCalendar.Vietnam);

    [Theory]
    [InlineData("trình Chính phủ trước ngày 15 tháng 8 năm 2025.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("gửi về Bộ trước ngày 15/8/2025.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("báo cáo chậm nhất ngày 15-8-2025.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("gửi trước ngày 20/12 để tổng hợp.", "2025-07-23", "2025-12-20", DeadlineKind.Exact)]
    [InlineData("gửi trước ngày 10/01 để tổng hợp.", "2025-11-23", "2026-01-10", DeadlineKind.Exact)]
    [InlineData("Hoàn thành trong tháng 7 năm 2025.", "2025-07-23", "2025-07-31", DeadlineKind.Month)]
    [InlineData("hoàn thành trong tháng 7/2025.", "2025-07-01", "2025-07-31", DeadlineKind.Month)]
    [InlineData("hoàn thành trong Quý III năm 2025.", "2025-07-01", "2025-09-30", DeadlineKind.Quarter)]
    [InlineData("triển khai trong Quý III, IV năm 2025.", "2025-07-01", "2025-12-31", DeadlineKind.Quarter)]
    [InlineData("hoàn thành trong 6 tháng đầu năm 2025.", "2025-01-10", "2025-06-30", DeadlineKind.Half)]
    [InlineData("tổ chức hội thảo dự kiến vào cuối năm 2024.", "2024-08-15", "2024-12-31", DeadlineKind.Year)]
    [InlineData("lập báo cáo tổng kết vào năm 2025.", "2024-08-15", "2025-12-31", DeadlineKind.Year)]
    [InlineData("thực hiện trong 2 tháng cuối năm 2018.", "2018-11-05", "2018-12-31", DeadlineKind.Year)]
    // 5 working days after Friday 2025-01-24 skip the Tết break (27/1–31/1/2025, official schedule): 2025-02-07.
    [InlineData("trả lời trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản.", "2025-01-24", "2025-02-07", DeadlineKind.Relative)]
    [InlineData("báo cáo trước ngày 20 hằng tháng.", "2020-03-04", "2020-03-20", DeadlineKind.Recurring)]
    [InlineData("báo cáo trước ngày 15 tháng đầu quý tiếp theo.", "2021-05-26", "2021-07-15", DeadlineKind.Recurring)]
    // OCR damage and phrasings seen in real scans.
    [InlineData("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.", "2026-03-02", "2028-07-01", DeadlineKind.Exact)]
    [InlineData("gửi Sở trưóc ngày 1 5/8/2025 để tổng hợp.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("gửi Sở truớc ngày 15\nthang 8 năm 2025.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("gửi Sở trƣớc ngày 15/8/2025.", "2025-07-23", "2025-08-15", DeadlineKind.Exact)]
    [InlineData("nâng cao tỷ lệ lắp đầy, hoàn thành frong Quý 1/2026.", "2025-12-20", "2026-03-31", DeadlineKind.Quarter)]
    [InlineData("ban hành kế hoạch thực hiện (rong tháng 01/2026).", "2025-12-20", "2026-01-31", DeadlineKind.Month)]
    [InlineData("báo cáo Thủ tướng Chính phủ trước ngày 30 tháng.9 năm 2024.", "2024-05-02", "2024-09-30", DeadlineKind.Exact)]
    public void Reads_deadline(string sentence, string issued, string due, DeadlineKind kind)
    {
        var found = Find(sentence, DateOnly.Parse(issued));
        var d = Assert.Single(found);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Fact]
    public void An_impossible_day_is_kept_as_invalid_text()
    {
        var d = Assert.Single(Find("Báo cáo gửi về Bộ Xây dựng trước ngày 31/11/2023 để tổng hợp.", new DateOnly(2023, 11, 10)));
        Assert.Equal(DeadlineKind.Invalid, d.Kind);
        Assert.Null(d.Due);
        Assert.Equal("trước ngày 31/11/2023", d.Text);
    }

    [Theory]
    [InlineData("Quyết định số 950/QĐ-TTg ngày 01/8/2018 của Thủ tướng Chính phủ.")]
    [InlineData("Đề án giai đoạn 2018 - 2025 và định hướng đến năm 2030.")]
    [InlineData("tầm nhìn đến năm 2045.")]
    [InlineData("Ngày 16 tháng 7 năm 2025, tại trụ sở Chính phủ.")]
    [InlineData("báo cáo tình hình triển khai đô thị thông minh năm 2023.")]
    [InlineData("Báo cáo kết quả thực hiện trong năm 2023.")]
    // A past day, a validity, a data cut-off, a term in a schedule, a period of what is not to be done.
    [InlineData("1. Chính sách thuế GTGT giai đoạn trước ngày 01/7/2024:")]
    [InlineData("Quyết định này có hiệu lực thi hành cho đến hết ngày 31 tháng 12 năm 2025.")]
    [InlineData("Đến hết ngày 23/10/2024, toàn ngành đã thực hiện 70.102 cuộc thanh tra.")]
    [InlineData("Đánh giá trên cơ sở kết quả thanh tra, kiểm tra đến hết ngày 23/10/2024.")]
    [InlineData("(Số liệu khai thác trên ứng dụng đến hết ngày 23/10/2024).")]
    [InlineData("Bản đồ hiện trạng được cập nhật đến hết ngày 31 tháng 12 hàng năm.")]
    [InlineData("- Học kỳ I: Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025.")]
    [InlineData("không tổ chức kiểm tra định kỳ trong năm 2025 đối với doanh nghiệp.")]
    [InlineData("Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2025.")]
    public void Dates_that_are_not_deadlines_are_ignored(string sentence)
    {
        Assert.Empty(Find(sentence, new DateOnly(2024, 8, 15)));
    }

    private static IReadOnlyList<Deadline> Find(string sentence, DateOnly issued)
    {
        var text = LetterText.From(sentence);
        return Parser.Find(text, 0, text.Text.Length, issued);
    }
}
