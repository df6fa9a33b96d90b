using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Gathers a trích yếu that wraps over lines into one line. It ends at a blank line, at the "Kính gửi" line,
/// at the body ("Căn cứ …"), at the issuing authority of a decision ("BỘ TRƯỞNG BỘ …", "CHỦ TỊCH ỦY BAN …"),
/// or where the case changes: an upper-case subject of a typed document does not run into a sentence-case
/// body, nor a sentence-case "V/v" into an upper-case title. OCR quirks handled: the right column's place and
/// date on the same line ("… thủ tục câp Hà Nội, ngày 0) tháng …"), a blank line inside a wrapped "V/v", and
/// the e-signature stamp read into the last line ("… xăng E5 Cole THỘNG TA BIỆN TỰ CNH PHD").
/// </summary>
public static partial class SubjectLines
{
    private const int MaxLines = 8;

    // Centred subject lines are short; a body paragraph runs the full page width.
    private const int BodyWidth = 60;

    /// <summary>
    /// The subject from <paramref name="start"/> (on line <paramref name="lineIndex"/>) to the end of its block;
    /// <paramref name="blankInside"/> lets a "V/v" go on after a blank line, as OCR leaves them.
    /// </summary>
    public static string? Collect(LetterText text, int start, int lineIndex, bool blankInside = false)
    {
        var parts = new List<string>();
        bool? upper = null;
        var lines = 0;
        for (var i = lineIndex; i < text.Lines.Count && lines < MaxLines; i++)
        {
            var line = text.Lines[i];
            var s = Math.Max(start, line.Start);
            var folded = text.Folded[s..line.End];
            if (folded.Trim().Length == 0)
            {
                if (parts.Count > 0 && !(upper is { } u && (u || blankInside) && ContinuesAfterBlank(text, i, u)))
                {
                    break;
                }
                continue;
            }
            lines++;
            var stop = End().Match(folded);
            var column = Column().Match(folded);
            var end = stop.Success ? s + stop.Index : line.End;
            if (column.Success && s + column.Index < end)
            {
                end = BackOverPlace(text, s, s + column.Index);
            }
            var piece = Spaces.Collapse(text.Text[s..end]);
            if (parts.Count > 0 && EndsHere(piece, folded, upper == true, line.Length))
            {
                break;
            }
            if (piece.Length > 0)
            {
                // "CÁC-" / "BON": a compound split at its hyphen is joined again.
                if (parts.Count > 0 && HyphenEnd().IsMatch(parts[^1]))
                {
                    parts[^1] += piece;
                }
                else
                {
                    parts.Add(piece);
                }
                upper ??= piece.Count(char.IsLetter) > 3 ? VietnameseCase.IsUpper(piece) : null;
            }
            if (stop.Success || (i > lineIndex && line.Length > 150))
            {
                break;
            }
        }
        var subject = Spaces.Tidy(string.Join(' ', parts));
        if (upper == false)
        {
            subject = Spaces.Tidy(StampTail().Replace(subject, ""));
        }
        return subject.Length >= 3 ? subject : null;
    }

    private static bool EndsHere(string piece, string folded, bool upperSubject, int lineLength)
    {
        var trimmed = folded.TrimStart();
        if (BodyOpener().IsMatch(trimmed) || (lineLength >= BodyWidth && LongBodyOpener().IsMatch(trimmed)))
        {
            return true;
        }
        if (upperSubject)
        {
            // The subject of a typed document is printed in capitals; the body and the authority line are not part of it.
            return piece.Any(char.IsLower) || Authority().IsMatch(trimmed);
        }
        return piece.Length > 12 && VietnameseCase.IsUpper(piece);
    }

    // OCR puts blank lines inside a wrapped subject: the next line goes on when it is short, opens nothing and
    // has the subject's case (no numbered heading "I. MỤC ĐÍCH" or authority line under a typed subject).
    private static bool ContinuesAfterBlank(LetterText text, int blank, bool upperSubject)
    {
        for (var k = blank + 1; k < text.Lines.Count && k <= blank + 2; k++)
        {
            var line = text.Lines[k];
            var folded = text.Folded.Substring(line.Start, line.Length).Trim();
            if (folded.Length == 0)
            {
                continue;
            }
            var raw = text.Text.Substring(line.Start, line.Length).Trim();
            if (upperSubject)
            {
                return folded.Length <= 70 && VietnameseCase.IsUpper(raw) && !Numbered().IsMatch(folded) && !Authority().IsMatch(folded)
                    && !End().IsMatch(folded) && !Column().IsMatch(folded) && !BodyOpener().IsMatch(folded) && DocTypeParser.FromTitleWords(folded) is null;
            }
            return folded.Length <= 45 && !folded.EndsWith(':') && !End().IsMatch(folded) && !Column().IsMatch(folded) && !BodyOpener().IsMatch(folded) && !LongBodyOpener().IsMatch(folded)
                && !VietnameseCase.IsUpper(raw) && !raw.StartsWith('-');
        }
        return false;
    }

    // The place before ", ngày" belongs to the date: walk back over its capitalised words ("Hà Nội"), but not
    // past a column gap, where the subject's own last words stand ("… tại Việt Nam   Hà Nội, ngày").
    private static int BackOverPlace(LetterText text, int from, int stop)
    {
        var end = stop;
        for (var words = 0; words < 3; words++)
        {
            var k = end;
            while (k > from && text.Text[k - 1] == ' ')
            {
                k--;
            }
            if (end - k >= 2 && words > 0)
            {
                break;
            }
            var w = k;
            while (w > from && text.Text[w - 1] != ' ')
            {
                w--;
            }
            if (w == k || !char.IsUpper(text.Text[w]))
            {
                break;
            }
            end = w;
        }
        return end;
    }

    // What ends the subject: the "Kính gửi" line, a rule, the body's "Căn cứ".
    [GeneratedRegex(@"k[iy]nh\s*g[uư]i|^\s*-{3,}|\bcan\s*cu\b")]
    private static partial Regex End();

    // The right column run into the line: quốc hiệu, tiêu ngữ, or the place and date.
    // The place starts at a word start (the first match is the same): retrying inside a long word was quadratic (speed work).
    [GeneratedRegex(@"\bd[o0]c\s*l[a4]p\b|\bc[o0]ng\s*h[o0]a\s*xa|(?<!\p{L})[\p{L}]+\s*[,.;]\s*ngay\s*\S{1,3}\s*thang")]
    private static partial Regex Column();

    [GeneratedRegex(@"^(?:[ivxlc]+|\d+|phan\s+[ivx\d]+)\s*[.)/:]")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex HyphenEnd();

    [GeneratedRegex(@"^(?:can\s*cu\b|xet\s+de\s+nghi|theo\s+de\s+nghi|quyet\s+dinh\s*:|quyet\s+nghi\s*:|dieu\s+1\b|so\s*:)")]
    private static partial Regex BodyOpener();

    [GeneratedRegex(@"^(?:thuc\s*hien|ngay\s+\d|theo\s|trong\s|de\s|vua\s+qua|sau\s+khi|tiep\s+theo)")]
    private static partial Regex LongBodyOpener();

    // The authority that issues a decision, printed in capitals under its subject.
    [GeneratedRegex(@"^(?:bo\s+truong|chu\s+tich|thu\s+tuong|giam\s+doc|tong\s+cuc\s+truong|cuc\s+truong|chinh\s+phu\s*$|uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan|ban\s+thuong\s+vu|ban\s+chap\s+hanh)")]
    private static partial Regex Authority();

    // Three or more capitalised words at the end of a sentence-case subject: a stamp or the right column.
    [GeneratedRegex(@"(?:\s+[\p{Lu}][\p{Lu}\p{Ll}]*){0,2}(?:\s+[\p{Lu}]{2,}){3,}\s*$")]
    private static partial Regex StampTail();
}
