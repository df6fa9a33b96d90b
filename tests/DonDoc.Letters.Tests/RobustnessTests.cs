namespace DonDoc.Letters.Tests;

/// <summary>Content never throws: damaged, random and huge inputs all give a Letter (the Markdig rule).</summary>
public class RobustnessTests
{
    private static readonly LetterReader Reader = new();

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("Số:")]
    [InlineData("Số: /")]
    [InlineData("Kính gửi:")]
    [InlineData("KT.")]
    [InlineData("trước ngày")]
    [InlineData("Hà Nội, ngày 99 tháng 99 năm 9999")]
    [InlineData("“ chưa đóng ngoặc trước ngày 15/8/2025")]
    [InlineData("giao phối hợp với chủ trì")]
    public void Odd_inputs_give_a_letter(string raw)
    {
        var letter = Reader.Read(raw);
        Assert.NotNull(letter);
    }

    [Fact]
    public void Randomly_damaged_seeds_never_throw()
    {
        var random = new Random(20261123);
        var seeds = Directory.GetFiles(RepoFiles.Path("tests", "seeds"), "*.txt").Select(File.ReadAllText).ToArray();
        const string alphabet = "Số:/-., \n|*~#“”()0123456789ngàythángnămKTTMĐđ";
        for (var round = 0; round < 300; round++)
        {
            var chars = seeds[round % seeds.Length].ToCharArray();
            for (var k = 0; k < 40; k++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            var cut = random.Next(chars.Length);
            var letter = Reader.Read(new string(chars, 0, cut));
            Assert.NotNull(letter);
        }
    }

    [Fact]
    public void A_megabyte_of_letters_is_read()
    {
        var seed = RepoFiles.Seed("002");
        var big = string.Concat(Enumerable.Repeat(seed + "\n", 1_000_000 / seed.Length + 1));
        var letter = Reader.Read(big);
        Assert.Equal("382/TB-VPCP", letter.Number);
    }
}
