using DonDoc.Letters;
using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

public class DigestRendererTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 6, 1, 0, 0, TimeSpan.Zero);

    private static MailMessage Render(DateOnly today, params OpenTask[] tasks)
    {
        var digest = Planner().Plan(tasks, today).Digests.Single();
        return Renderer().Render(digest, today, Now);
    }

    [Theory]
    [InlineData("2025-08-06", "[DonDoc] 1 nhiệm vụ sắp đến hạn, 1 đến hạn hôm nay, 1 quá hạn — 06/08/2025")]
    [InlineData("2025-08-15", "[DonDoc] 1 nhiệm vụ đến hạn hôm nay, 2 quá hạn — 15/08/2025")]
    [InlineData("2025-08-26", "[DonDoc] 3 nhiệm vụ quá hạn — 26/08/2025")]
    public void Subject_counts_and_dates(string today, string subject)
    {
        var mail = Render(D(today), Task("a", "2025-08-15"), Task("b", "2025-08-06"), Task("c", "2025-07-25"));

        Assert.Equal(subject, mail.Subject);
        Assert.True(mail.Subject.IsNormalized());
    }

    [Fact]
    public void Each_task_shows_letter_task_deadline_status_and_links()
    {
        var scan = new Uri("https://scans.example/382.pdf?sv=2025&sig=a%2Bb");
        var mail = Render(D("2025-08-12"), Task("t1", "2025-08-15", letter: Letter(scan: scan), deadlineText: "trước ngày 15 tháng 8 năm 2025"));

        foreach (var body in new[] { mail.Html, mail.Text })
        {
            Assert.Contains("Văn bản số 382/TB-VPCP ngày 23/07/2025 của Văn phòng Chính phủ", body);
            Assert.Contains("Kết luận của Phó Thủ tướng về đô thị thông minh", body);
            Assert.Contains("Xây dựng Nghị định về phát triển đô thị thông minh", body);
            Assert.Contains("15/08/2025 (thứ Sáu)", body);
            Assert.Contains("còn 3 ngày làm việc", body);
            Assert.Contains("trước ngày 15 tháng 8 năm 2025", body);
            Assert.Contains("Đã hoàn thành", body);
        }
        Assert.Contains("href=\"https://scans.example/382.pdf?sv=2025&amp;sig=a%2Bb\"", mail.Html);
        Assert.Contains("https://scans.example/382.pdf?sv=2025&sig=a%2Bb", mail.Text);
        Assert.Equal("bxd@moc.gov.vn", mail.To);
        Assert.Equal(["vanthu.bxd@moc.gov.vn"], mail.Cc);
    }

    [Theory]
    [InlineData("2025-08-15", "hôm nay là hạn")]
    [InlineData("2025-08-19", "quá hạn 2 ngày làm việc")]
    public void Status_wording(string today, string status) =>
        Assert.Contains(status, Render(D(today), Task("t1", "2025-08-15")).Text);

    [Fact]
    public void The_completion_link_is_signed_for_the_task_and_expires()
    {
        var mail = Render(D("2025-08-12"), Task("task/42?#", "2025-08-15"));

        var href = System.Text.RegularExpressions.Regex.Match(mail.Html, "href=\"(https://dondoc.example.gov.vn/api/tasks/complete[^\"]*)\"").Groups[1].Value;
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(System.Net.WebUtility.HtmlDecode(href)).Query)["token"];

        var check = CompletionLink.Verify(token, Now.AddDays(1), Key);
        Assert.Equal(CompletionLinkStatus.Valid, check.Status);
        Assert.Equal("task/42?#", check.TaskId);
        Assert.Equal(Now.AddDays(30), check.ExpiresAt);
        Assert.Equal(CompletionLinkStatus.Expired, CompletionLink.Verify(token, Now.AddDays(31), Key).Status);
    }

    [Fact]
    public void Letter_text_is_escaped_everywhere()
    {
        const string evil = "<script>alert('x')</script> \"quoted\" & <b>bold</b>";
        var letter = new LetterSummary("1/<i>X</i>", D("2025-07-23"), "Cơ quan <img src=x onerror=alert(1)>", evil, false, new Uri("javascript:alert(1)"));
        var mail = Render(D("2025-08-12"), Task("t1", "2025-08-15", action: evil, deadlineText: evil, letter: letter, assignee: "BXD"));

        Assert.DoesNotContain("<script", mail.Html);
        Assert.DoesNotContain("<img", mail.Html);
        Assert.DoesNotContain("<b>bold", mail.Html);
        Assert.DoesNotContain("<i>X", mail.Html);
        Assert.DoesNotContain("javascript:", mail.Html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;", mail.Html);
        Assert.DoesNotContain("javascript:", mail.Text);
    }

    [Fact]
    public void Line_breaks_in_letter_text_cannot_forge_lines_or_headers()
    {
        var task = Task("t1", "2025-08-15", action: "Làm việc A\r\nBcc: evil@x.vn\n   Đã hoàn thành: https://evil.example/");

        var mail = Render(D("2025-08-12"), task);

        Assert.DoesNotContain('\r', mail.Subject);
        Assert.DoesNotContain('\n', mail.Subject);
        Assert.Contains("Nhiệm vụ: Làm việc A Bcc: evil@x.vn Đã hoàn thành: https://evil.example/", mail.Text);
        Assert.DoesNotContain("\n   Đã hoàn thành: https://evil.example/", mail.Text);
    }

    [Fact]
    public void A_secret_letter_shows_only_a_pointer()
    {
        var secret = new LetterSummary("12/BC-BQP", D("2025-07-23"), "Bộ Quốc phòng", "Kế hoạch tác chiến bí mật", true, new Uri("https://scans.example/12.pdf"));
        var task = Task("t1", "2025-08-15", action: "Triển khai phương án phòng thủ", deadlineText: "trước ngày 15/8/2025", letter: secret);

        var mail = Render(D("2025-08-12"), task);

        foreach (var body in new[] { mail.Html, mail.Text, mail.Subject })
        {
            Assert.DoesNotContain("Kế hoạch tác chiến", body);
            Assert.DoesNotContain("phòng thủ", body);
            Assert.DoesNotContain("Bộ Quốc phòng", body);
            Assert.DoesNotContain("scans.example", body);
            Assert.DoesNotContain("trước ngày 15/8/2025", body);
            Assert.DoesNotContain("Đơn vị chủ trì", body);
        }
        Assert.Contains("Văn bản MẬT số 12/BC-BQP: xem trên hệ thống", mail.Html);
        Assert.Contains("Văn bản MẬT số 12/BC-BQP: xem trên hệ thống", mail.Text);
        Assert.Contains("còn 3 ngày làm việc", mail.Text);
        var ics = System.Text.Encoding.UTF8.GetString(Assert.Single(mail.Attachments).Content);
        Assert.Contains("SUMMARY:Văn bản MẬT số 12/BC-BQP: xem trên hệ thống", ics);
        Assert.DoesNotContain("DESCRIPTION", ics);
        Assert.DoesNotContain("phòng thủ", ics);
    }

    [Fact]
    public void Triage_items_say_what_a_person_must_check()
    {
        var mail = Render(D("2025-08-12"),
            Task("bad", null, DeadlineKind.Invalid, deadlineText: "trước ngày 31/11/2023"),
            Task("who", "2025-08-15", assignee: "Bộ Ngoại giao"));

        Assert.Equal("vanthu@office.gov.vn", mail.To);
        Assert.Equal("[DonDoc] 1 nhiệm vụ sắp đến hạn, 1 cần kiểm tra — 12/08/2025", mail.Subject);
        Assert.Contains("Thời hạn ghi trong văn bản không phải là một ngày có thật", mail.Text);
        Assert.Contains("Đơn vị được giao «Bộ Ngoại giao» chưa có trong danh bạ", mail.Text);
        Assert.Contains("CẦN KIỂM TRA THỜI HẠN (1)", mail.Text);
        Assert.Single(mail.Attachments);
    }

    [Fact]
    public void Calendar_files_only_for_deadlines_not_yet_passed()
    {
        var mail = Render(D("2025-08-06"), Task("a", "2025-08-15"), Task("b", "2025-08-06"), Task("c", "2025-07-25"));

        Assert.Equal(["han-2025-08-06-1.ics", "han-2025-08-15-2.ics"], mail.Attachments.Select(a => a.Name));
        Assert.All(mail.Attachments, a => Assert.Equal("text/calendar; charset=utf-8; method=PUBLISH", a.ContentType));
    }

    [Fact]
    public void Vietnamese_text_is_nfc()
    {
        var mail = Render(D("2025-08-06"), Task("a", "2025-08-15"), Task("c", "2025-07-25"));

        Assert.True(mail.Html.IsNormalized());
        Assert.True(mail.Text.IsNormalized());
        Assert.Contains("<html lang=\"vi\">", mail.Html);
        Assert.Contains("<meta charset=\"utf-8\">", mail.Html);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new DigestRenderer(new DigestRendererOptions { CompletionEndpoint = new Uri("https://x.vn/"), CompletionKey = new byte[16] }));
        Assert.Throws<ArgumentException>(() => new DigestRenderer(new DigestRendererOptions { CompletionEndpoint = new Uri("javascript:alert(1)"), CompletionKey = Key }));
    }
}
