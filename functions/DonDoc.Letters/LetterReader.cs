using DonDoc.Calendar;
using DonDoc.Letters.Parsers;
using DonDoc.Letters.Tasks;
using DonDoc.Letters.Text;

namespace DonDoc.Letters;

/// <summary>
/// Reads a Vietnamese official letter from its text: runs the recognisers for each part (number, place and
/// date, issuer, subject, recipients, signature, references, tasks) in order and assembles a <see cref="Letter"/>.
/// Pure and thread-safe: build once, reuse. Never throws on content; time is linear in the input size.
/// </summary>
public sealed class LetterReader
{
    /// <summary>Inputs beyond this many characters are read up to the limit, with a warning.</summary>
    public const int MaxLength = 2_000_000;

    private readonly TaskParser _tasks;

    public LetterReader(WorkingDayCalendar calendar)
    {
        _tasks = new TaskParser(new DeadlineParser(calendar));
    }

    public LetterReader() : this(WorkingDayCalendar.Vietnam)
    {
    }

    public Letter Read(string raw)
    {
        var warnings = new List<ReadWarning>();
        if (raw.Length > MaxLength)
        {
            warnings.Add(new ReadWarning("InputTruncated", $"Văn bản quá dài; chỉ đọc {MaxLength} ký tự đầu.", MaxLength));
            raw = raw[..MaxLength];
        }
        var text = LetterText.From(raw);
        var header = HeaderRegion.Find(text);
        var web = WebMetadata.Read(text);
        var number = DocumentNumberParser.Read(text, header);
        var news = number is null && web is null ? NewsSummaryParser.Read(text) : null;
        var placeDate = PlaceAndDateParser.Read(text, header, number);
        var subject = SubjectParser.Read(text, header);
        var recipients = RecipientsParser.Read(text, header);
        var (urgency, secrecy) = MarkingParser.Read(text, header, web);

        var code = number?.Code ?? web?.Number ?? news?.Number;
        if (number is { Code: null })
        {
            warnings.Add(new ReadWarning("NumberUnreadable", $"Không đọc được số văn bản: \"{number.Raw}\".", number.Start));
        }
        var issuedOn = placeDate?.Date ?? web?.IssuedOn ?? news?.IssuedOn;
        if (placeDate is { Date: null })
        {
            warnings.Add(new ReadWarning("IssueDateUnreadable", $"Không đọc được ngày ban hành: \"{placeDate.Raw}\".", placeDate.Start));
        }
        var issuer = web?.Issuer ?? IssuerParser.Read(text, header, number) ?? news?.Issuer;
        var docType = number is null && web is null
            ? (subject?.Type ?? DocType.Other)
            : subject?.Type ?? (code is null ? null : DocTypeParser.FromNumber(code)) ?? web?.DocType ?? DocType.Other;
        if (news is not null && subject is null)
        {
            docType = DocType.Other;
        }

        var bodyStart = recipients.End > 0 ? recipients.End : header.EndOffset;
        var signature = SignatureParser.Read(text, bodyStart);
        var signer = new Signer(signature?.Name ?? web?.Signer, signature?.Title, signature?.Authority);
        var references = ReferenceParser.Read(text, code, 0);

        var excluded = new List<Span>();
        if (signature is not null)
        {
            excluded.Add(new Span(signature.Start, signature.End));
        }
        excluded.AddRange(DistributionList.Find(text));
        var defaultAssignee = recipients.Names.Count == 1 ? recipients.Names[0] : "Quý Cơ quan";
        var (tableTasks, tables) = PlanTableParser.Read(text, bodyStart, text.Text.Length);
        excluded.AddRange(tables);
        var (flatTasks, flatRows) = FlattenedTableParser.Read(text, bodyStart, text.Text.Length, tables, issuedOn);
        excluded.AddRange(flatRows);
        var tasks = _tasks.Read(text, new TaskScope(bodyStart, text.Text.Length, excluded, issuedOn, defaultAssignee))
            .Concat(tableTasks).Concat(flatTasks).OrderBy(t => t.Evidence.Start).ToList();
        foreach (var t in tasks)
        {
            if (t.Deadline is { Kind: DeadlineKind.Invalid } d)
            {
                warnings.Add(new ReadWarning("InvalidDeadline", $"Thời hạn \"{d.Text}\" không phải là ngày có thật; cần người xem lại.", d.Start));
            }
        }

        var letter = new Letter
        {
            Number = code,
            DocType = docType,
            Issuer = issuer,
            Place = placeDate?.Place,
            IssuedOn = issuedOn,
            Subject = subject?.Text ?? web?.TitleSubject ?? news?.Subject,
            Urgency = urgency,
            Secrecy = secrecy,
            Signer = signer,
            Recipients = [.. recipients.Names.Select(VietnameseCase.BodyKindWords)],
            References = references,
            Tasks = [.. tasks.Select(t => t with
            {
                Assignee = VietnameseCase.BodyKindWords(t.Assignee),
                Coordinators = [.. t.Coordinators.Select(VietnameseCase.BodyKindWords)],
            })],
            Warnings = warnings,
        };
        return letter with { Confidence = Confidence(letter) };
    }

    private static double Confidence(Letter l)
    {
        var parts = new[] { l.Number is not null, l.IssuedOn is not null, l.Issuer is not null, l.Subject is not null, l.Signer.Title is not null || l.Signer.Name is not null };
        var score = parts.Count(x => x) / (double)parts.Length;
        var penalty = Math.Min(0.3, 0.05 * l.Warnings.Count);
        return Math.Round(Math.Max(0, score - penalty), 2);
    }
}
