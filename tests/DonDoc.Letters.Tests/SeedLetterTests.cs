namespace DonDoc.Letters.Tests;

/// <summary>What a user of DonDoc must see from the five seed letters (issue: "Must show").</summary>
public class SeedLetterTests
{
    private static readonly LetterReader Reader = new();

    [Fact]
    public void Seed_001_reports_31_November_as_an_invalid_deadline_with_a_warning()
    {
        var letter = Reader.Read(RepoFiles.Seed("001"));
        var task = Assert.Single(letter.Tasks);
        Assert.Equal(DeadlineKind.Invalid, task.Deadline?.Kind);
        Assert.Null(task.Deadline?.Due);
        Assert.Contains("31/11/2023", task.Deadline?.Text);
        Assert.Contains(letter.Warnings, w => w.Code == "InvalidDeadline");
        Assert.Equal("Quý Cơ quan", task.Assignee);
    }

    [Fact]
    public void Seed_001_keeps_a_recipient_listed_twice_once()
    {
        var letter = Reader.Read(RepoFiles.Seed("001"));
        Assert.Equal(14, letter.Recipients.Count);
        Assert.Single(letter.Recipients, r => r == "Bộ Công thương");
    }

    [Fact]
    public void Seed_004_a_news_item_carries_the_number_of_the_letter_it_describes()
    {
        var letter = Reader.Read(RepoFiles.Seed("004"));
        Assert.Equal("5802/VPCP-CN", letter.Number);
        Assert.Equal(new DateOnly(2024, 8, 15), letter.IssuedOn);
        Assert.Equal(DocType.Other, letter.DocType);
    }

    [Fact]
    public void Seed_002_a_web_copy_holding_the_letter_twice_gives_each_task_once()
    {
        var letter = Reader.Read(RepoFiles.Seed("002"));
        var dated = letter.Tasks.Where(t => t.Deadline?.Due is not null).Select(t => (t.Deadline!.Due, t.Deadline.Kind)).ToList();
        Assert.Equal(
            [(new DateOnly(2025, 8, 15), DeadlineKind.Exact), (new DateOnly(2025, 7, 25), DeadlineKind.Exact),
             (new DateOnly(2025, 7, 31), DeadlineKind.Month), (new DateOnly(2025, 7, 25), DeadlineKind.Exact),
             (new DateOnly(2025, 7, 31), DeadlineKind.Month)],
            dated);
        Assert.Equal("Trần Văn Sơn", letter.Signer.Name);
    }

    [Fact]
    public void Seed_002_a_plan_period_is_not_the_deadline_of_its_task()
    {
        var letter = Reader.Read(RepoFiles.Seed("002"));
        Assert.DoesNotContain(letter.Tasks, t => t.Deadline?.Kind == DeadlineKind.Quarter);
        var plan = Assert.Single(letter.Tasks, t => t.Action.Contains("Quy chế hoạt động", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 7, 25), plan.Deadline?.Due);
    }

    [Fact]
    public void Seed_003_header_lines_run_together_are_split()
    {
        var letter = Reader.Read(RepoFiles.Seed("003"));
        Assert.Equal("3909/BXD-PTĐT", letter.Number);
        Assert.Equal("Hà Nội", letter.Place);
        Assert.Equal(new DateOnly(2022, 9, 5), letter.IssuedOn);
        Assert.Equal("triển khai các nhiệm vụ trọng tâm về phát triển đô thị thông minh", letter.Subject);
        Assert.Equal("Bộ Xây dựng", letter.Issuer);
        Assert.Equal(new Signer("Lê Quang Hùng", "Thứ trưởng", "KT"), letter.Signer);
    }

    [Fact]
    public void Seed_000_splits_one_sentence_with_two_deadlines_into_two_tasks()
    {
        var letter = Reader.Read(RepoFiles.Seed("000"));
        var dated = letter.Tasks.Where(t => t.Deadline?.Due is not null).ToList();
        Assert.Equal(2, dated.Count);
        Assert.All(dated, t => Assert.Equal("Bộ Xây dựng", t.Assignee));
        Assert.StartsWith("Tổ chức Hội thảo toàn quốc", dated[0].Action);
        Assert.StartsWith("Lập báo cáo tổng kết Đề án", dated[1].Action);
        Assert.Equal(new Signer("Cao Huy", "Phó Chủ nhiệm", "KT"), letter.Signer);
    }

    [Fact]
    public void Evidence_points_at_the_sentence_of_the_task()
    {
        var raw = RepoFiles.Seed("002");
        var letter = Reader.Read(raw);
        var first = letter.Tasks.First(t => t.Deadline?.Due == new DateOnly(2025, 8, 15));
        var quoted = raw.Normalize(System.Text.NormalizationForm.FormC).Substring(first.Evidence.Start, first.Evidence.Length);
        Assert.Contains("trước ngày 15 tháng 8 năm 2025", quoted);
    }
}
