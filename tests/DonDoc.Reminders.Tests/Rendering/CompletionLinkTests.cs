namespace DonDoc.Reminders.Tests;

public class CompletionLinkTests
{
    private static readonly byte[] Key = Make.Key;
    private static readonly DateTimeOffset Expiry = new(2025, 9, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_fresh_token_is_valid_and_names_its_task()
    {
        var token = CompletionLink.Create("002-4", Expiry, Key);

        var check = CompletionLink.Verify(token, Expiry.AddSeconds(-1), Key);

        Assert.Equal(new CompletionLinkCheck(CompletionLinkStatus.Valid, "002-4", Expiry), check);
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void At_and_after_expiry_it_is_expired()
    {
        var token = CompletionLink.Create("002-4", Expiry, Key);

        Assert.Equal(CompletionLinkStatus.Expired, CompletionLink.Verify(token, Expiry, Key).Status);
        Assert.Equal(CompletionLinkStatus.Expired, CompletionLink.Verify(token, Expiry.AddDays(9), Key).Status);
    }

    [Fact]
    public void Any_change_or_another_key_makes_it_invalid()
    {
        var token = CompletionLink.Create("002-4", Expiry, Key);
        var other = Enumerable.Repeat((byte)7, 32).ToArray();
        var forged = CompletionLink.Create("002-5", Expiry.AddYears(1), other);
        var swapped = forged.Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal(CompletionLinkStatus.Invalid, CompletionLink.Verify(token, Expiry.AddDays(-1), other).Status);
        Assert.Equal(CompletionLinkStatus.Invalid, CompletionLink.Verify(swapped, Expiry.AddDays(-1), Key).Status);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '.')
            {
                continue;
            }
            var flipped = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            var check = CompletionLink.Verify(flipped, Expiry.AddDays(-1), Key);
            Assert.Equal(CompletionLinkStatus.Invalid, check.Status);
            Assert.Null(check.TaskId);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData("YQ.YQ")]
    public void Garbage_is_invalid_not_an_exception(string? token) =>
        Assert.Equal(CompletionLinkStatus.Invalid, CompletionLink.Verify(token, Expiry, Key).Status);

    [Fact]
    public void Oversized_tokens_are_refused_unread() =>
        Assert.Equal(CompletionLinkStatus.Invalid, CompletionLink.Verify(new string('A', 5000) + ".A", Expiry, Key).Status);

    [Fact]
    public void Short_keys_and_bad_task_ids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CompletionLink.Create("t", Expiry, new byte[31]));
        Assert.Throws<ArgumentException>(() => CompletionLink.Verify("a.b", Expiry, new byte[8]));
        Assert.Throws<ArgumentException>(() => CompletionLink.Create("", Expiry, Key));
        Assert.Throws<ArgumentException>(() => CompletionLink.Create("a\nb", Expiry, Key));
    }

    [Fact]
    public void Task_ids_with_any_characters_round_trip()
    {
        const string id = "5802/VPCP-CN#2?ý.kiến";

        Assert.Equal(id, CompletionLink.Verify(CompletionLink.Create(id, Expiry, Key), Expiry.AddDays(-1), Key).TaskId);
    }
}
