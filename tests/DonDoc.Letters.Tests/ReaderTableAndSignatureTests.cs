using DonDoc.Calendar;
using DonDoc.Letters.Parsers;
using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tests;

/// <summary>
/// Plan-table time cells, one-line (web table cell) signature blocks, yearly recurring deadlines and plan
/// tables read through <see cref="LetterReader"/>: input → expected.
/// </summary>
public class ReaderTableAndSignatureTests
{
    [Theory]
    [InlineData("Quý III năm 2022", "2022-09-30", DeadlineKind.Quarter)]
    [InlineData("Quý III, năm 2022", "2022-09-30", DeadlineKind.Quarter)]
    [InlineData("Quý III, IV/2026", "2026-12-31", DeadlineKind.Quarter)]
    [InlineData("Quý IV/2026, 2027", "2027-12-31", DeadlineKind.Year)]
    [InlineData("Tháng 12, năm 2022", "2022-12-31", DeadlineKind.Month)]
    [InlineData("Tháng 8/2024", "2024-08-31", DeadlineKind.Month)]
    [InlineData("10-11/2019", "2019-11-30", DeadlineKind.Month)]
    [InlineData("01-4/2021", "2021-04-30", DeadlineKind.Month)]
    [InlineData("Năm 2023", "2023-12-31", DeadlineKind.Year)]
    [InlineData("2024 - 2030", "2030-12-31", DeadlineKind.Year)]
    [InlineData("Năm 2025; Năm 2030", "2030-12-31", DeadlineKind.Year)]
    [InlineData("Năm 2022 và hàng năm", "2022-12-31", DeadlineKind.Recurring)]
    [InlineData("Trước 15/8/2025", "2025-08-15", DeadlineKind.Exact)]
    public void Reads_a_plan_table_time_cell(string cell, string due, DeadlineKind kind)
    {
        var period = PeriodCell.Read(Folding.Fold(cell));
        Assert.NotNull(period);
        Assert.Equal(kind, period.Value.Kind);
        Assert.Equal(DateOnly.Parse(due), period.Value.Due);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("")]
    public void A_time_cell_without_a_period_has_no_deadline(string cell)
    {
        Assert.Null(PeriodCell.Read(Folding.Fold(cell)));
    }

    [Theory]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục", "Nguyễn Cao Lục", "Phó Chủ nhiệm", "KT")]
    [InlineData("KT. BỘ TRƯỞNG  THỨ TRƯỞNG     Nguyễn Quốc Trị", "Nguyễn Quốc Trị", "Thứ trưởng", "KT")]
    [InlineData("THỦ TƯỚNG     Phạm Minh Chính", "Phạm Minh Chính", "Thủ tướng", null)]
    [InlineData("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương", "Hoàng Việt Phương", "Phó Chủ tịch", "KT")]
    [InlineData("KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn An", "Nguyễn Văn An", "Phó Chủ tịch", "KT")]
    [InlineData("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ     Nguyễn Hữu Long", "Nguyễn Hữu Long", "Phó Bí thư", "TM")]
    [InlineData("TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG CỤC QUẢN LÝ, GIÁM SÁT CHÍNH SÁCH THUẾ, PHÍ VÀ LỆ PHÍ PHÓ CỤC TRƯỞNG     Lưu Đức Huy", "Lưu Đức Huy", "Phó Cục trưởng", "TL")]
    public void Reads_a_signature_block_on_one_line(string cell, string name, string title, string? authority)
    {
        var read = SignatureCell.Read(cell);
        Assert.NotNull(read);
        Assert.Equal(name, read.Value.Name);
        Assert.Equal(title, read.Value.Title);
        Assert.Equal(authority, read.Value.Authority);
    }

    [Theory]
    [InlineData("- Lưu: VT, NN (2).")]
    [InlineData("Bộ Tài chính trả lời Công ty để biết")]
    public void A_line_that_is_no_signature_block_is_not_read_as_one(string cell)
    {
        Assert.Null(SignatureCell.Read(cell));
    }

    [Theory]
    [InlineData("gửi Bộ trước ngày 31 tháng 12 hàng năm.", "2022-07-22", "2022-12-31")]
    [InlineData("gửi Bộ định kỳ trước ngày 31 tháng 3 hàng năm.", "2022-07-22", "2023-03-31")]
    [InlineData("gửi Bộ trước ngày 30 tháng 6 hằng năm kể từ năm 2027.", "2025-12-10", "2027-06-30")]
    public void Reads_a_yearly_recurring_deadline(string sentence, string issued, string due)
    {
        var text = LetterText.From(sentence);
        var d = Assert.Single(new DeadlineParser(WorkingDayCalendar.Vietnam).Find(text, 0, text.Text.Length, DateOnly.Parse(issued)));
        Assert.Equal(DeadlineKind.Recurring, d.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Fact]
    public void Each_row_of_a_plan_table_is_a_task_and_a_merged_time_cell_is_shared()
    {
        const string letter = """
            BỘ XÂY DỰNG
            Số: 836/QĐ-BXD | Hà Nội, ngày 14 tháng 10 năm 2019
            KẾ HOẠCH
            Lập quy hoạch khoáng sản làm vật liệu xây dựng
            Căn cứ Luật Quy hoạch năm 2017 và các văn bản hướng dẫn thi hành, để triển khai lập quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản làm vật liệu xây dựng bảo đảm đúng tiến độ, Bộ Xây dựng ban hành kế hoạch thực hiện như sau:
            Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm | Thực hiện
             |  |  | Đơn vị chủ trì | Đơn vị phối hợp
            1 | Lập nhiệm vụ quy hoạch
            10-11/2019 | Xây dựng khung định hướng quy hoạch | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng
             | Lấy ý kiến các Bộ, ngành | Cơ quan lập quy hoạch | Vụ Vật liệu xây dựng | - Văn phòng Bộ
            01/2020 | Phê duyệt nhiệm vụ lập quy hoạch | Thủ tướng Chính phủ |  | 
            """;
        var tasks = new LetterReader().Read(letter).Tasks.Where(t => t.Deadline is not null).ToList();
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["Ban Quản lý quy hoạch", "Vụ Vật liệu xây dựng", "Thủ tướng Chính phủ"], tasks.Select(t => t.Assignee));
        Assert.Equal([new DateOnly(2019, 11, 30), new DateOnly(2019, 11, 30), new DateOnly(2020, 1, 31)], tasks.Select(t => t.Deadline!.Due!.Value));
        Assert.All(tasks, t => Assert.Equal(DeadlineKind.Month, t.Deadline!.Kind));
    }

    [Theory]
    [InlineData("| a | b |\n| --- | --- |\n|")]
    [InlineData("Thời gian | Nội dung | Cơ quan chủ trì\n | | \n || | |||")]
    [InlineData("Thời gian | Nội dung | Cơ quan chủ trì\nQuý 9/20 | x | Y\n99-99/2019 | Việc | Bộ")]
    public void Odd_tables_never_throw(string input)
    {
        var letter = new LetterReader().Read(input);
        Assert.NotNull(letter);
    }
}
