using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the trích yếu (Phụ lục I mục 5): for a công văn the text after "V/v" under the number; for a typed
/// document the line(s) under its centred name ("THÔNG BÁO" / "Kết luận của …"). The subject may wrap over
/// several lines and, in OCR, run into the right column or the "Kính gửi" line; both are cut off.
/// </summary>
public static partial class SubjectParser
{
    private const int MaxLines = 5;

    public static SubjectReading? Read(LetterText text, HeaderRegion header)
    {
        var searchEnd = Math.Min(text.Lines.Count, header.EndLine + 12);
        for (var i = header.FirstLine; i < Math.Min(searchEnd, header.EndLine + 1); i++)
        {
            var line = text.Lines[i];
            var m = Vv().Match(text.Folded, line.Start, line.Length);
            if (m.Success)
            {
                var subject = Collect(text, m.Index + m.Length, i, header);
                return subject is null ? null : new SubjectReading(subject, DocType.CongVan, m.Index);
            }
        }
        for (var i = header.FirstLine; i < searchEnd; i++)
        {
            var line = text.Lines[i];
            var raw = text.Text.Substring(line.Start, line.Length);
            var trimmed = raw.Trim();
            if (!VietnameseCase.IsUpper(trimmed) || trimmed.Length > 160)
            {
                continue;
            }
            var folded = Spaces.Collapse(text.Folded.Substring(line.Start, line.Length));
            if (DocTypeParser.FromTitle(folded) is not { } type)
            {
                continue;
            }
            var nameLength = folded.IndexOf(' ') is var sp and > 0 && folded.Length > sp + 1 ? NameLength(folded) : folded.Length;
            var start = line.Start + raw.IndexOf(trimmed, StringComparison.Ordinal) + nameLength;
            var subject = Collect(text, start, i, header);
            return subject is null ? null : new SubjectReading(subject, type, line.Start);
        }
        return null;
    }

    private static int NameLength(string folded)
    {
        var words = folded.Split(' ');
        return words.Length >= 2 ? words[0].Length + 1 + words[1].Length : folded.Length;
    }

    // The subject from `start` to the end of its block: a blank line, the Kính gửi line, the quốc hiệu, or the date line.
    private static string? Collect(LetterText text, int start, int lineIndex, HeaderRegion header)
    {
        var parts = new List<string>();
        var from = start;
        for (var i = lineIndex; i < text.Lines.Count && i < lineIndex + MaxLines; i++)
        {
            var line = text.Lines[i];
            var s = Math.Max(from, line.Start);
            var folded = text.Folded[s..line.End];
            if (i > lineIndex && folded.Trim().Length == 0)
            {
                if (parts.Count > 0)
                {
                    break;
                }
                continue;
            }
            var stop = Stop().Match(folded);
            var end = stop.Success ? s + stop.Index : line.End;
            var piece = Spaces.Collapse(text.Text[s..end]);
            if (i > lineIndex && parts.Count > 0 && (piece.Length > 12 && VietnameseCase.IsUpper(piece) || Body().IsMatch(folded)))
            {
                break;
            }
            if (piece.Length > 0)
            {
                parts.Add(piece);
            }
            if (stop.Success || (i > lineIndex && line.Length > 150))
            {
                break;
            }
        }
        var subject = Spaces.Tidy(string.Join(' ', parts));
        return subject.Length >= 3 ? subject : null;
    }

    // "V/v", OCR's "V/ " and "VW", also right after a joined date ("2022V/v").
    [GeneratedRegex(@"(?:^|(?<=[\s\d.]))(?:v\s?/\s?v|v/(?=\s)|vw(?=\s))\s*[:.]?\s*")]
    private static partial Regex Vv();

    [GeneratedRegex(@"k[iy]nh\s*g[uư]i|\bd[o0]c\s*l[a4]p\b|\bc[o0]ng\s*h[o0]a\s*xa|[\p{L}]+\s*,\s*ngay\s*\S{1,3}\s*thang|^\s*-{3,}|\bcan\s*cu\b")]
    private static partial Regex Stop();

    [GeneratedRegex(@"^\s*(?:can\s*cu|thuc\s*hien|ngay\s+\d|xet\s|theo\s|so\s*:)")]
    private static partial Regex Body();
}

/// <summary>The subject, the document type its form implies, and where it was found.</summary>
public sealed record SubjectReading(string Text, DocType Type, int Start);
