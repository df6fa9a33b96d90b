using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tests;

/// <summary>
/// Plan tables that lost their ruling (<see cref="FlattenedTableParser"/>): a web copy with one cell per line,
/// OCR that wraps a row over several lines with the time column at the line ends, a time-first table; and
/// prose that must not be taken for a table. Input text → expected tasks.
/// </summary>
public class FlattenedTableSpecTests
{
    private static readonly DateOnly Issued = new(2026, 6, 10);

    private static IReadOnlyList<LetterTask> Read(string text, DateOnly? issued = null)
    {
        var t = LetterText.From(text);
        return FlattenedTableParser.Read(t, 0, t.Text.Length, [], issued ?? Issued).Tasks;
    }

    [Fact]
    public void A_web_copy_with_one_cell_per_line_gives_one_task_per_time_cell()
    {
        var tasks = Read("""
            | TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
            | --- | --- | --- | --- |
            Thời gian thực hiện
            1
            Tổ chức tuyên truyền, phổ biến Nghị định
            a)
            Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức.
            Cục Lâm nghiệp và Kiểm lâm
            Vụ Pháp chế; các cơ quan, đơn vị có liên quan
            Quý III, IV/2026
            b)
            Tổ chức các chương trình truyền thông phù hợp khác.
            Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường
            Các cơ quan, đơn vị có liên quan
            Thường xuyên
            c)
            Xây dựng kế hoạch thực hiện NDC lĩnh vực lâm nghiệp.
            Cục Lâm nghiệp và Kiểm lâm
            Cục Biến đổi khí hậu; UBND cấp tỉnh
            Quý IV/2026, 2027
            """);

        Assert.Equal(2, tasks.Count);
        Assert.Equal((new DateOnly(2026, 12, 31), DeadlineKind.Quarter), (tasks[0].Deadline!.Due!.Value, tasks[0].Deadline!.Kind));
        Assert.Equal("Quý III, IV/2026", tasks[0].Deadline!.Text);
        Assert.Equal("Cục Lâm nghiệp và Kiểm lâm", tasks[0].Assignee);
        Assert.Equal(["Vụ Pháp chế", "các cơ quan, đơn vị có liên quan"], tasks[0].Coordinators);
        Assert.StartsWith("Tổ chức Hội nghị phổ biến", tasks[0].Action);
        Assert.Equal((new DateOnly(2027, 12, 31), DeadlineKind.Year), (tasks[1].Deadline!.Due!.Value, tasks[1].Deadline!.Kind));
        Assert.StartsWith("Xây dựng kế hoạch thực hiện NDC", tasks[1].Action);
    }

    [Fact]
    public void An_ocr_wrapped_row_joins_the_period_words_ending_its_lines()
    {
        var tasks = Read("""
            Nội dung công việc Cơ quan | _ Cơ quan phối
            phẩm, | chủ trì |. hợp thực hiện | gian
            2 Hoàn thành hồ sơ đề nghị xây - | Hồ sơ. | Bộ Tài Bộ Tư pháp, Bộ. | Quý
            dựng Dự án Luật Khoáng sản [trình nguyên và | Công Thương, |HI
            (sửa đổi) Quốc. | Môi trường | Bộ Xây dựng, năm
            hội các bộ ngành 2022
            liên quan
            4 Rà soát, sửa đổi, bổ sung quy Nghị Bộ Tài Bộ Tư pháp, Bộ | Năm
            định bất cập về địa chất, khoáng | định, nguyên và | Công Thương, |2022
            sản; quy định về đấu giá quyển | Thông _ | Môi trường | Bộ Xây dựng, - |và
            khai thác khoáng sản,... tư các bộ ngành hàng
            liên quan năm
            3. | Thiết lập Hệ thống đăng ký quốc gia. | Cục Biến Cục Chuyển đổi số và | 2024 -
            về hạn ngạch phát thải khí nhà kính _ | đổi khí hậu ˆ | Thông tin dữ liệu 2025
            và tín chỉ các-bon.
            """, new DateOnly(2022, 7, 22));

        Assert.Equal(3, tasks.Count);
        Assert.Equal((new DateOnly(2022, 9, 30), DeadlineKind.Quarter), (tasks[0].Deadline!.Due!.Value, tasks[0].Deadline!.Kind));
        Assert.StartsWith("Hoàn thành hồ sơ đề nghị", tasks[0].Action);
        Assert.Equal((new DateOnly(2022, 12, 31), DeadlineKind.Recurring), (tasks[1].Deadline!.Due!.Value, tasks[1].Deadline!.Kind));
        Assert.Equal((new DateOnly(2025, 12, 31), DeadlineKind.Year), (tasks[2].Deadline!.Due!.Value, tasks[2].Deadline!.Kind));
        Assert.Equal("2024 - 2025", tasks[2].Deadline!.Text);
    }

    [Fact]
    public void A_time_first_table_reads_the_month_span_opening_a_row()
    {
        var tasks = Read("""
            Thời Nội dung Cơ quan chịu trách nhiệm
            gian công việc
            10-11/2019 Xây dựng khung định hướng quy hoạch
            Ban Quản lý quy hoạch
            01/2020
            Phê duyệt nhiệm vụ lập quy hoạch
            """, new DateOnly(2019, 9, 5));

        Assert.Equal([new DateOnly(2019, 11, 30), new DateOnly(2020, 1, 31)], tasks.Select(t => t.Deadline!.Due!.Value));
        Assert.All(tasks, t => Assert.Equal(DeadlineKind.Month, t.Deadline!.Kind));
    }

    [Fact]
    public void A_cell_that_dangles_skips_a_line_of_the_other_columns_and_a_quarter_may_open_a_line()
    {
        var tasks = Read("""
            Nội dung công việc | Cơ quan chủ trì | Cơ quan phối | Thời
            gian
            12 | Kiện toàn tổ chức cơ quan quản: | Nhiệm _| Bộ Nội vụ | Bộ Tài nguyên . | Năm
            lý nhà nước về khoáng sản từ | và Môi trường, | |2022
            Trung ương đến địa phương | Bộ Công | và
            Thương, Bộ Xây
            hàng
            dựng
            năm
            Xây dựng tiêu chuẩn các-bon rừng quốc gia, đo đạc, báo cáo, thẩm định
            Quý IV/2026, 2027 kết quả giảm phát thải; cấp tín chỉ các-bon rừng
            """, new DateOnly(2022, 7, 22));

        Assert.Equal([(new DateOnly(2022, 12, 31), DeadlineKind.Recurring), (new DateOnly(2027, 12, 31), DeadlineKind.Year)],
            tasks.Select(t => (t.Deadline!.Due!.Value, t.Deadline!.Kind)));
    }

    [Fact]
    public void Visions_plan_periods_and_years_before_the_letter_are_not_time_cells()
    {
        var tasks = Read("""
            Thời gian thực hiện
            1. | Xây dựng chiến lược khoáng sản đến năm 2030, tầm nhìn đến năm
            2045 | Bộ Tài nguyên và Môi trường
            2. | Tổng kết Luật Khoáng sản năm 2010
            3. | Đánh giá giai đoạn 2021 - 2025 | Cục Địa chất
            """);

        Assert.Empty(tasks);
    }

    [Fact]
    public void Prose_that_mentions_time_and_lead_bodies_is_not_a_table()
    {
        var tasks = Read("""
            Trong thời gian qua, các khu kinh tế đã phát huy vai trò động lực tăng trưởng của nhiều địa phương.
            a) Chủ trì, phối hợp với các Bộ, ngành liên quan rà soát, đánh giá tình hình thực hiện nhiệm vụ
            năm 2026
            - Chủ trì, phối hợp với Bộ Tài chính kịp thời tháo gỡ vướng mắc, đẩy nhanh tiến độ
            giải ngân năm 2026
            """);

        Assert.Empty(tasks);
    }

    [Theory]
    [InlineData("quy hi nam 2022", "quy iii nam 2022")]
    [InlineData("quy ih/2026", "quy iii/2026")]
    [InlineData("quy il, iv/2026", "quy ii, iv/2026")]
    [InlineData("hoi nghi nam 2026", "hoi nghi nam 2026")]
    public void Quarter_numerals_misread_by_ocr_are_repaired(string words, string repaired)
    {
        Assert.Equal(repaired, PeriodFragment.RepairNumerals(words));
    }

    [Theory]
    [InlineData("3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.", "2013-12-31", DeadlineKind.Month)]
    [InlineData("- Thời gian hoàn thành: Quý III/2025.", "2025-09-30", DeadlineKind.Quarter)]
    [InlineData("3. Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.", "2013-12-31", DeadlineKind.Recurring)]
    [InlineData("3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.", null, null)]
    [InlineData("4. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.", null, null)]
    public void A_sections_time_line_is_read_as_a_time_cell(string line, string? due, DeadlineKind? kind)
    {
        var text = LetterText.From(line);
        var deadline = TimeLine.Read(text, 0, text.Text.Length);
        Assert.Equal(kind, deadline?.Kind);
        Assert.Equal(due is null ? null : DateOnly.Parse(due), deadline?.Due);
    }

    [Fact]
    public void A_sections_time_line_makes_a_task_named_by_the_section_heading()
    {
        var letter = new LetterReader().Read("""
            BAN CHỈ ĐẠO QUỐC GIA
            Số: 252/KH-BCĐ
            Hà Nội, ngày 11 tháng 11 năm 2013
            KẾ HOẠCH
            Tìm kiếm, quy tập hài cốt liệt sĩ

            Thực hiện Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ, Ban Chỉ đạo quốc gia ban hành Kế hoạch triển khai thực hiện như sau:

            I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN

            1. Nội dung: Tổ chức quán triệt Đề án đến các cơ quan, đơn vị.

            2. Cơ quan chủ trì: Ban Chỉ đạo quốc gia.

            3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.
            """);
        var task = Assert.Single(letter.Tasks, t => t.Deadline is not null);
        Assert.Equal(new DateOnly(2013, 12, 31), task.Deadline!.Due);
        Assert.StartsWith("Công tác quán triệt", task.Action);
    }
}
