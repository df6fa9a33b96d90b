using DonDoc.Letters.Layout;
using static DonDoc.Ocr.Tests.Layout.Lines;

namespace DonDoc.Ocr.Tests.Layout;

/// <summary>The end of a letter: Nơi nhận (bottom left) and the signature block (bottom right) come out as two blocks.</summary>
public class ClosingSpecs
{
    [Fact]
    public void Signature_title_a_little_higher_than_noi_nhan_stays_in_the_signature_block()
    {
        // Measured on tests/scans/501-…-2.png: the title sits 5 px above "Nơi nhận:", a seal speck between the columns.
        var page = Page(2,
            L("và các Bộ, cơ quan biết, thực hiện./.", 264, 319, 578, 46),
            L("KT. BỘ TRƯỞNG, CHỦ NHIỆM", 934, 386, 580, 76),
            L("Nơi nhận:", 262, 391, 150, 33),
            L("- Như trên;", 263, 433, 134, 27),
            L("PHÓ CHỦ NHIỆM", 1056, 448, 332, 52),
            L("- TTgCP, PTTgCP Trần Hồng Hà;", 262, 468, 420, 34),
            L(":", 877, 483, 2, 2, 0.045),
            L("- Các Bộ: XD; KH&CN, TT&TT, TN&MT,", 261, 502, 536, 37),
            L("GTVT, KH&ĐT, TC, NV, CA, CT, YT, GD&ĐT;", 260, 521, 599, 52),
            L("x3:", 1104, 592, 249, 90, 0.375),
            L("- Lưu: VT, CN (2b)", 256, 749, 312, 30),
            L("Cao Huy", 1144, 746, 145, 37));
        var text = LayoutText.Compose([Page(1, L("đầu thư", 250, 200, 1300)), page]);
        var closing = text[text.IndexOf("Nơi nhận", StringComparison.Ordinal)..];
        Assert.StartsWith("Nơi nhận:\n- Như trên;\n- TTgCP", closing);
        Assert.Contains("- Lưu: VT, CN (2b)\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n", closing);
        Assert.EndsWith("Cao Huy", closing);
    }
}
