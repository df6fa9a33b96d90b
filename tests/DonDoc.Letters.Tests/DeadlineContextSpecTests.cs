using DonDoc.Calendar;
using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tests;

/// <summary>
/// Deadlines whose reading depends on the words around the date (vietnamese-letters.md §5): a year-less day in a
/// periodic duty recurs; a target year fronting a clause is a deadline, a period is not; a period counted from a
/// document's effective day resolves from the day the letter states. Sentence (or letter) → kind and due.
/// </summary>
public class DeadlineContextSpecTests
{
    private static readonly DeadlineParser Parser = new(WorkingDayCalendar.Vietnam);

    [Theory]
    // A schedule of periodic reports: the next occurrence after the issue date; a day on the issue date is missed.
    [InlineData("- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;", "2026-07-10", "2027-07-05")]
    [InlineData("- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;", "2026-07-10", "2026-12-15")]
    [InlineData("Định kỳ hằng năm, các đơn vị gửi báo cáo về Sở trước ngày 10/7.", "2026-07-10", "2027-07-10")]
    [InlineData("Báo cáo được lập và nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo.", "2025-12-29", "2026-02-15")]
    [InlineData("gửi về Tổng cục Thuế trước\nngày 10 của tháng đầu quý tiếp theo.", "2022-04-04", "2022-04-10")]
    [InlineData("gửi báo cáo trước ngày 20 hằng tháng.", "2026-03-20", "2026-04-20")]
    public void A_day_in_a_periodic_duty_recurs(string sentence, string issued, string due)
    {
        var d = Assert.Single(Find(sentence, DateOnly.Parse(issued)));
        Assert.Equal(DeadlineKind.Recurring, d.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Fact]
    public void The_year_after_the_reported_one_is_part_of_the_phrase()
    {
        var d = Assert.Single(Find("nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo, kỳ báo cáo là năm;", new DateOnly(2025, 12, 29)));
        Assert.Equal("trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo", d.Text);
    }

    [Fact]
    public void A_sentence_that_continues_a_periodic_report_item_recurs()
    {
        var text = LetterText.From("- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;\nSở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.");
        var second = text.Text.IndexOf("Sở Tài chính tổng hợp", StringComparison.Ordinal);
        var d = Assert.Single(Parser.Find(text, second, text.Text.Length, new DateOnly(2026, 7, 10)));
        Assert.Equal(DeadlineKind.Recurring, d.Kind);
        Assert.Equal(new DateOnly(2027, 7, 10), d.Due);
    }

    [Theory]
    [InlineData("Đến năm 2015, hoàn thành chương trình hỗ trợ có mục tiêu từ ngân sách trung ương.", "2012-03-02", "2015-12-31")]
    [InlineData("Đến -năm 2015, hoàn thành chương trình hỗ trợ có mục tiêu.", "2012-03-02", "2015-12-31")]
    public void A_target_year_fronting_a_clause_to_complete_is_a_year_deadline(string sentence, string issued, string due)
    {
        var d = Assert.Single(Find(sentence, DateOnly.Parse(issued)));
        Assert.Equal(DeadlineKind.Year, d.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Theory]
    [InlineData("Kỳ thống kê hằng năm được xác định từ ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm.")]
    [InlineData("Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025.")]
    [InlineData("đề xuất việc miễn phí thị thực đối với khách du lịch đến hết năm 2025, trước hết là các vùng không có dịch.")]
    [InlineData("Coi là nhiệm vụ quan trọng hàng đầu của cấp ủy và người đứng đầu cấp ủy các cấp trong năm 2025.")]
    [InlineData("Rà soát, điều chỉnh Quy hoạch phát triển khu công nghiệp Việt Nam đến năm 2025 trình Thủ tướng.")]
    [InlineData("Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh hướng dẫn thực hiện, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.")]
    [InlineData("Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân có trách nhiệm thống kê trữ lượng định kỳ hằng năm.")]
    [InlineData("1.3. Về việc thống kê trữ lượng Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân thống kê định kỳ hằng năm.")]
    public void Periods_and_recounted_decisions_are_not_deadlines(string sentence)
    {
        Assert.Empty(Find(sentence, new DateOnly(2024, 8, 15)));
    }

    [Fact]
    public void A_data_note_in_parentheses_is_not_a_deadline_even_without_an_issue_date()
    {
        Assert.Empty(Find("(Số liệu được khai thác trên ứng dụng hỗ trợ công tác thanh tra kiểm tra —\nTTR đến hết ngày 23/10/2018).", null));
    }

    [Theory]
    [InlineData("Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành, các Bộ công bố danh mục.", "2027-01-06")]
    [InlineData("Rà soát, giao tài sản trong thời hạn 02 năm kể từ ngày Nghị định sô 178/2026/NĐ-CP có hiệu lực thi hành.", "2028-07-06")]
    [InlineData("thì trong thời hạn 06 tháng, kể từ ngày quy định của pháp luật chuyên ngành đó có hiệu lực thi hành, Bộ công bố danh mục.", null)]
    public void A_period_from_an_effective_day_counts_from_the_day_the_letter_states(string sentence, string? due)
    {
        var letter = "Chính phủ đã ban hành Nghị định số 178/2026/NĐ-CP, có hiệu lực thi hành từ ngày 06/7/2026.\n" + sentence;
        var text = LetterText.From(letter);
        var start = text.Text.IndexOf('\n') + 1;
        var d = Assert.Single(Parser.Find(text, start, text.Text.Length, new DateOnly(2026, 6, 19)));
        Assert.Equal(DeadlineKind.Relative, d.Kind);
        Assert.Equal(due is null ? null : DateOnly.Parse(due), d.Due);
    }

    [Theory]
    [InlineData("yêu cầu các đơn vị nghiêm túc thực hiện việc quản lý, kê khai.", "Các đơn vị")]
    [InlineData("Cục Thuế định kỳ hàng quý báo cáo kết quả theo mẫu biểu.", "Cục Thuế")]
    [InlineData("- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;", "Các cơ quan, đơn vị")]
    [InlineData("(1) Tổ chức, cá nhân khai thác khoáng sản phải lập Báo cáo định kỳ.", "Tổ chức, cá nhân khai thác khoáng sản")]
    public void Adverbs_and_headings_are_not_part_of_the_assignee(string sentence, string assignee)
    {
        var text = LetterText.From(sentence);
        Assert.Equal(assignee, AssigneeParser.Find(text, 0, text.Text.Length)?.Assignee);
    }

    [Fact]
    public void A_bản_đồ_is_a_document_not_a_body()
    {
        var text = LetterText.From("- Bản đồ hiện trạng khu vực được phép khai thác khoáng sản lập 1 năm 1 lần.");
        Assert.Null(AssigneeParser.Find(text, 0, text.Text.Length));
    }

    [Fact]
    public void An_undated_periodic_report_is_the_dated_one_of_the_same_period()
    {
        const string Letter = "Cục Thuế định kỳ hàng quý báo cáo kết quả theo mẫu biểu.\nCục Thuế định kỳ báo cáo theo từng quý, gửi về Tổng cục trước ngày 10 của tháng đầu quý tiếp theo.";
        var text = LetterText.From(Letter);
        var second = text.Text.IndexOf('\n') + 1;
        LetterTask Task(int start, int end) =>
            new("Cục Thuế", [], "báo cáo", Assert.Single(Parser.Find(text, start, end, new DateOnly(2022, 4, 4))), new Evidence(1, start, end - start));
        var merged = RecurringDuty.MergeRepeatedReports([Task(0, second - 1), Task(second, text.Text.Length)], text);
        var kept = Assert.Single(merged);
        Assert.Equal(new DateOnly(2022, 4, 10), kept.Deadline?.Due);
    }

    private static IReadOnlyList<Deadline> Find(string sentence, DateOnly? issued)
    {
        var text = LetterText.From(sentence);
        return Parser.Find(text, 0, text.Text.Length, issued);
    }
}
