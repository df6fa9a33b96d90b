using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Names the kind of document: a công văn has "V/v" and no type name (Phụ lục I mục 5); a typed document
/// prints its name centred ("THÔNG BÁO") and carries the type code first in its ký hiệu ("382/TB-VPCP",
/// abbreviations of Phụ lục III).
/// </summary>
public static partial class DocTypeParser
{
    private static readonly (string Folded, DocType Type)[] Names =
    [
        ("thong bao", DocType.ThongBao), ("ke hoach", DocType.KeHoach), ("quyet dinh", DocType.QuyetDinh),
        ("chi thi", DocType.ChiThi), ("to trinh", DocType.ToTrinh), ("bao cao", DocType.BaoCao),
        ("cong dien", DocType.CongDien), ("giay moi", DocType.GiayMoi), ("nghi quyet", DocType.NghiQuyet),
        ("cong van", DocType.CongVan),
    ];

    // Other kinds of Phụ lục III that print a centred name, and normative documents (Luật Ban hành VBQPPL).
    private static readonly string[] OtherNames =
    [
        "huong dan lien nganh", "huong dan", "chuong trinh", "quy che", "quy dinh", "phuong an", "de an",
        "bien ban", "thong cao", "thong tu lien tich", "thong tu", "nghi dinh",
    ];

    private static readonly (string Folded, DocType Type)[] TitleNames =
        [.. Names.Concat(OtherNames.Select(n => (n, DocType.Other))).OrderByDescending(n => n.Item1.Length)];

    private static readonly Dictionary<string, DocType> Codes = new(StringComparer.Ordinal)
    {
        ["TB"] = DocType.ThongBao, ["KH"] = DocType.KeHoach, ["QĐ"] = DocType.QuyetDinh, ["QD"] = DocType.QuyetDinh,
        ["CT"] = DocType.ChiThi, ["BC"] = DocType.BaoCao, ["TTr"] = DocType.ToTrinh, ["NQ"] = DocType.NghiQuyet,
        ["CĐ"] = DocType.CongDien, ["GM"] = DocType.GiayMoi, ["CV"] = DocType.CongVan,
        ["HD"] = DocType.Other, ["CTr"] = DocType.Other, ["QC"] = DocType.Other, ["QyĐ"] = DocType.Other,
        ["PA"] = DocType.Other, ["ĐA"] = DocType.Other, ["BB"] = DocType.Other, ["KL"] = DocType.Other,
        ["NĐ"] = DocType.Other, ["TT"] = DocType.Other, ["TTLT"] = DocType.Other, ["HĐ"] = DocType.Other,
        ["GGT"] = DocType.Other, ["GUQ"] = DocType.Other, ["TC"] = DocType.Other,
    };

    /// <summary>The type a ký hiệu abbreviation stands for, or null when it is not a type code (then it names a body).</summary>
    public static DocType? FromTypeCode(string segment) =>
        Codes.TryGetValue(segment, out var t) ? t : null;

    /// <summary>
    /// The type whose name a folded title line starts with, and how many characters the name (with any debris
    /// before it) takes. Words run together by OCR ("chithi") still count; the name must end the word.
    /// </summary>
    public static (DocType Type, int Length)? FromTitleWords(string folded)
    {
        var lead = 0;
        while (lead < folded.Length && !char.IsLetter(folded[lead]))
        {
            lead++;
        }
        foreach (var (name, type) in TitleNames)
        {
            var at = lead;
            var matched = true;
            foreach (var c in name)
            {
                if (c == ' ')
                {
                    while (at < folded.Length && folded[at] == ' ')
                    {
                        at++;
                    }
                    continue;
                }
                if (at >= folded.Length || folded[at] != c)
                {
                    matched = false;
                    break;
                }
                at++;
            }
            if (matched && (at == folded.Length || !char.IsLetter(folded[at])))
            {
                return (type, at);
            }
        }
        return null;
    }

    /// <summary>The type from the number's first letter segment: a type code, else (a body code) a công văn.</summary>
    public static DocType? FromNumber(string code)
    {
        foreach (var segment in code.Split('/', '-'))
        {
            if (segment.Length == 0 || char.IsDigit(segment[0]))
            {
                continue;
            }
            return FromTypeCode(segment) ?? DocType.CongVan;
        }
        return null;
    }

    /// <summary>The type from a web copy's "Loại văn bản" value.</summary>
    public static DocType? FromName(string name)
    {
        var folded = Spaces.Collapse(Folding.Fold(name));
        foreach (var (n, type) in Names)
        {
            if (folded == n)
            {
                return type;
            }
        }
        return null;
    }
}
