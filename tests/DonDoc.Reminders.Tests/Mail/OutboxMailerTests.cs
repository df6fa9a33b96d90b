using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace DonDoc.Reminders.Tests;

public sealed class OutboxMailerTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "dondoc-outbox-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 7, 22, 1, 0, 5, TimeSpan.Zero));

    public OutboxMailerTests() => time.SetLocalTimeZone(TimeZoneInfo.Utc);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(dir))
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
    }

    private static MailMessage Message(string to = "bxd@moc.gov.vn", string attachment = "han-2025-07-25-1.ics") => new(
        to, ["vanthu.bxd@moc.gov.vn"], "[DonDoc] 1 nhiệm vụ sắp đến hạn — 22/07/2025", "<p>Kính gửi: Bộ Xây dựng</p>", "Kính gửi: Bộ Xây dựng",
        [new MailAttachment(attachment, "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\n"))]);

    [Fact]
    public async Task Writes_html_json_and_attachments_with_readable_names()
    {
        var outbox = new OutboxMailer(dir, time);

        var result = await outbox.SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailResult.Sent(), result);
        Assert.Equal(
            ["20250722-010005-bxd@moc.gov.vn-1.1-han-2025-07-25-1.ics", "20250722-010005-bxd@moc.gov.vn-1.html", "20250722-010005-bxd@moc.gov.vn-1.json"],
            System.IO.Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("<p>Kính gửi: Bộ Xây dựng</p>", File.ReadAllText(Path.Combine(dir, "20250722-010005-bxd@moc.gov.vn-1.html")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "20250722-010005-bxd@moc.gov.vn-1.json")));
        var root = json.RootElement;
        Assert.Equal("bxd@moc.gov.vn", root.GetProperty("to").GetString());
        Assert.Equal("[DonDoc] 1 nhiệm vụ sắp đến hạn — 22/07/2025", root.GetProperty("subject").GetString());
        Assert.Equal("Kính gửi: Bộ Xây dựng", root.GetProperty("text").GetString());
        Assert.Equal(["vanthu.bxd@moc.gov.vn"], root.GetProperty("cc").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("20250722-010005-bxd@moc.gov.vn-1.1-han-2025-07-25-1.ics", root.GetProperty("attachments")[0].GetProperty("file").GetString());
        Assert.Contains("nhiệm vụ", File.ReadAllText(Path.Combine(dir, "20250722-010005-bxd@moc.gov.vn-1.json")));
    }

    [Fact]
    public async Task Never_overwrites_a_message_from_the_same_second()
    {
        var outbox = new OutboxMailer(dir, time);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => outbox.SendAsync(Message(), CancellationToken.None)));

        Assert.Equal(
            Enumerable.Range(1, 5).Select(n => $"20250722-010005-bxd@moc.gov.vn-{n}.html"),
            System.IO.Directory.GetFiles(dir, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Names_from_outside_cannot_escape_the_folder()
    {
        var outbox = new OutboxMailer(dir, time);

        await outbox.SendAsync(Message("a+b@moc.gov.vn", attachment: "../../etc/passwd"), CancellationToken.None);

        var files = System.IO.Directory.GetFiles(dir).Select(Path.GetFileName).ToList();
        Assert.Contains("20250722-010005-a_b@moc.gov.vn-1.1-etc_passwd", files);
        Assert.Equal(3, files.Count);
        Assert.False(File.Exists(Path.Combine(dir, "..", "..", "etc", "passwd")) && File.ReadAllText(Path.Combine(dir, "..", "..", "etc", "passwd")).StartsWith("BEGIN:VCALENDAR"));
    }

    [Fact]
    public async Task Invalid_addresses_fail_as_graph_would()
    {
        var result = await new OutboxMailer(dir, time).SendAsync(Message("../x"), CancellationToken.None);

        Assert.Equal(MailOutcome.PermanentFailure, result.Outcome);
        Assert.False(System.IO.Directory.Exists(dir));
    }

    [Theory]
    [InlineData("bxd@moc.gov.vn", "bxd@moc.gov.vn")]
    [InlineData("../../etc/passwd", "etc_passwd")]
    [InlineData("..", "x")]
    [InlineData("", "x")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("Bộ Xây dựng", "b_x_y_d_ng")]
    [InlineData("nul\0byte\r\n", "nul_byte")]
    [InlineData(".hidden", "hidden")]
    public void Safe_file_name_parts(string text, string part) => Assert.Equal(part, SafeFileName.Part(text));

    [Fact]
    public void Safe_file_name_parts_are_bounded() => Assert.Equal(60, SafeFileName.Part(new string('a', 500)).Length);
}
