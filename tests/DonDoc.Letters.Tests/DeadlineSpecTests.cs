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
