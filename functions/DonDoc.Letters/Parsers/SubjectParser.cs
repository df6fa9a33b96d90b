using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the trích yếu (Phụ lục I mục 5): for a công văn the text after "V/v" under the number; for a typed
/// document the line(s) under its centred name ("THÔNG BÁO" / "Kết luận của …"); for a Party công văn
/// (Hướng dẫn 36-HD/VPTW) a "về việc …" line under the number. The subject may wrap over several lines and,
/// in OCR, run into the right column or the "Kính gửi" line; both are cut off (see <see cref="SubjectLines"/>).
/// </summary>
public static partial class SubjectParser
{
    public static SubjectReading? Read(LetterText text, HeaderRegion header)
    {
        var searchEnd = Math.Min(text.Lines.Count, header.EndLine + 12);
        for (var i = header.FirstLine; i < Math.Min(searchEnd, header.EndLine + 1); i++)
        {
            var line = text.Lines[i];
            var m = Vv().Match(text.Folded, line.Start, line.Length);
            if (m.Success)
            {
                var subject = SubjectLines.Collect(text, m.Index + m.Length, i, blankInside: true);
                return subject is null ? null : new SubjectReading(subject, DocType.CongVan, m.Index);
            }
        }
        var numberLine = -1;
        for (var i = header.FirstLine; i < searchEnd; i++)
        {
            var line = text.Lines[i];
            var folded = text.Folded.Substring(line.Start, line.Length);
            if (BodyStart().IsMatch(folded))
            {
                break; // the bases of a decision: "QUYẾT ĐỊNH:" below them opens its articles, it is no title
            }
            if (numberLine < 0 && DocumentNumberParser.IsNumberLine(folded.AsSpan().Trim()))
            {
                numberLine = i;
            }
            // A Party công văn writes "về việc …" under its number where a state one writes "V/v …".
            if (numberLine >= 0 && i > numberLine && i <= numberLine + 3 && PartyAbout().IsMatch(folded))
            {
                var subject = SubjectLines.Collect(text, line.Start + folded.IndexOf('v'), i);
                return subject is null ? null : new SubjectReading(subject, DocType.CongVan, line.Start);
            }
            if (TypeTitle(text, line) is not { } title)
            {
                continue;
            }
            var start = OrganLine(text, i + 1) is { } organEnd && title.SubjectStart == line.End ? organEnd : title.SubjectStart;
            var typed = SubjectLines.Collect(text, start, text.LineIndexAt(start));
            return typed is null ? null : new SubjectReading(typed, title.Type, line.Start);
        }
        return null;
    }

    // The centred type name: "QUYẾT ĐỊNH", "CHỈ THỊ" run together by OCR ("CHỈTHỊ"), after stamp debris
    // ("DEN i: : _¬ CHỈ THỊ") or before OCR specks ("NGHỊ QUYẾT Ề"); the subject may follow on the same line.
    private static (DocType Type, int SubjectStart)? TypeTitle(LetterText text, TextLine line)
    {
        var raw = text.Text.Substring(line.Start, line.Length);
        if (raw.Trim().Length > 160)
        {
            return null;
        }
        var debrisLetters = 0;
        foreach (Match w in Words().Matches(raw))
        {
            var rest = raw[w.Index..];
            if (VietnameseCase.IsUpper(rest) && DocTypeParser.FromTitleWords(Folding.Fold(rest)) is { } found)
            {
                var after = raw[(w.Index + found.Length)..];
                if (CitedNumber().IsMatch(Folding.Fold(after)))
                {
                    return null; // "QUYẾT ĐỊNH SỐ 1050/QĐ-SCT" names a decision, it is not a title
                }
                var subjectStart = Debris().IsMatch(after) ? line.End : line.Start + w.Index + found.Length;
                return (found.Type, subjectStart);
            }
            // Only debris may stand before the name: specks and scraps of a stamp ("DEN i: : _¬").
            var letters = w.Value.Count(char.IsLetter);
            debrisLetters += letters;
            if (letters > 3 || debrisLetters > 6)
            {
                return null;
            }
        }
        return null;
    }

    // "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …": a Party document names its issuing organ under the type
    // name; the subject starts after it. Returns where the subject starts, or null.
    private static int? OrganLine(LetterText text, int lineIndex)
    {
        for (var i = lineIndex; i < text.Lines.Count && i < lineIndex + 3; i++)
        {
            var line = text.Lines[i];
            var raw = text.Text.Substring(line.Start, line.Length).Trim();
            if (raw.Length == 0)
            {
                continue;
            }
            return VietnameseCase.IsUpper(raw) && Folding.Fold(raw).StartsWith("cua ", StringComparison.Ordinal) ? line.End : null;
        }
        return null;
    }

    // "V/v", OCR's "V/ ", "VW", "V/w", "Viv" and "V⁄v" (fraction slash), also right after a joined date ("2022V/v").
    [GeneratedRegex(@"(?:^|(?<=[\s\d.]))(?:v\s?[/⁄]\s?[vw]|v/(?=\s)|vw(?=\s)|viv(?=\s))\s*[:.]?\s*")]
    private static partial Regex Vv();

    [GeneratedRegex(@"^\s*ve\s+viec\s+\S")]
    private static partial Regex PartyAbout();

    [GeneratedRegex(@"^\s*(?:-\s*)?can\s*cu\b")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    // What may follow a type name on its line without being the subject: specks and single letters.
    [GeneratedRegex(@"^(?:\s*(?:[^\p{L}\s]+|\p{L}(?!\p{L})))*\s*$")]
    private static partial Regex Debris();

    [GeneratedRegex(@"^\s*so\s*\d")]
    private static partial Regex CitedNumber();
}

/// <summary>The subject, the document type its form implies, and where it was found.</summary>
public sealed record SubjectReading(string Text, DocType Type, int Start);
