using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Reads the tasks of a letter's body (vietnamese-letters.md §5). A sentence with deadline phrases gives one
/// task per phrase (split at "và"/";" between them); a sentence that only states a deadline ("Hoàn thành
/// trước ngày …") sets the deadline of the task before it, overriding a plan period stated there; a
/// sentence that assigns work ("giao …", "đề nghị …", "X chủ trì …") gives an undated task. A task with no
/// body named inherits the last one named, else the letter's addressees.
/// </summary>
public sealed partial class TaskParser(DeadlineParser deadlines)
{
    private const int MaxTasks = 400;

    public IReadOnlyList<LetterTask> Read(LetterText text, TaskScope scope)
    {
        var tasks = new List<LetterTask>();
        var quoted = new SpanLookup(Quotes(text, scope.Start, scope.End));
        var excluded = new SpanLookup(scope.Excluded);
        string? contextAssignee = null;
        IReadOnlyList<string> contextCoordinators = [];
        var listIntro = false;
        LetterTask? previousSentenceTask = null;
        foreach (var paragraph in Paragraphs.Split(text, scope.Start, scope.End))
        {
            if (tasks.Count >= MaxTasks || excluded.Covers(paragraph.Start))
            {
                continue;
            }
            LetterTask? lastInParagraph = null;
            var sentences = Paragraphs.Sentences(text, paragraph);
            foreach (var sentence in sentences)
            {
                var carried = previousSentenceTask;
                previousSentenceTask = null;
                if (quoted.Holds(sentence))
                {
                    continue;
                }
                var found = deadlines.Find(text, sentence.Start, sentence.End, scope.IssuedOn)
                    .Where(d => !quoted.Covers(d.Start)).ToList();
                var assignment = AssigneeParser.Find(text, sentence.Start, sentence.End);
                if (assignment is not null)
                {
                    contextAssignee = assignment.Assignee;
                    contextCoordinators = assignment.Coordinators;
                }
                if (found.Count > 0 && assignment is null && DeadlineOnly().IsMatch(Folded(text, sentence)))
                {
                    var target = lastInParagraph ?? (tasks.Count > 0 && tasks[^1].Evidence.Start >= paragraph.Start - 2 ? tasks[^1] : null);
                    if (target is not null)
                    {
                        var index = tasks.LastIndexOf(target);
                        tasks[index] = target with { Deadline = found[0] };
                        lastInParagraph = tasks[index];
                        continue;
                    }
                }
                // "… đề nghị Quý Cơ quan báo cáo …" then "Báo cáo gửi về Bộ … trước ngày …": the deadline of that request.
                if (found.Count == 1 && assignment is null && carried is { Deadline: null or { Kind: DeadlineKind.Urgent } }
                    && !(sentence.Start == paragraph.Start && IsListItem(text, paragraph)))
                {
                    var index = tasks.LastIndexOf(carried);
                    tasks[index] = carried with { Deadline = found[0] };
                    lastInParagraph = previousSentenceTask = tasks[index];
                    continue;
                }
                var isIntro = text.Text.AsSpan(sentence.Start, sentence.Length).TrimEnd().EndsWith(':');
                if (found.Count > 0)
                {
                    var clauseStart = assignment?.ActionStart ?? ActionStart(text, sentence.Start);
                    // A clause with no action of its own takes the whole sentence's, read once per sentence:
                    // reading it per deadline made a sentence of thousands of deadlines quadratic.
                    string? sentenceAction = null;
                    foreach (var d in found)
                    {
                        var action = Action(text, clauseStart, d.Start)
                            ?? (sentenceAction ??= Action(text, ActionStart(text, sentence.Start), sentence.End) ?? "");
                        // "3. Thời gian thực hiện: Tháng 12/2013": the deadline of the section it closes.
                        if (SectionHeading.IsTimeLabel(action) && SectionHeading.Before(text, sentence.Start) is { } section)
                        {
                            action = section;
                        }
                        var assignee = assignment?.Assignee ?? contextAssignee ?? scope.DefaultAssignee;
                        var coordinators = assignment?.Coordinators ?? contextCoordinators;
                        var task = new LetterTask(assignee, coordinators, action, d, Evidence(text, sentence));
                        tasks.Add(task);
                        lastInParagraph = previousSentenceTask = task;
                        clauseStart = SkipConnector(text, d.Start + d.Length, sentence.End);
                    }
                }
                else if (!isIntro && (assignment is not null && Assigns(text, sentence) || listIntro && sentence.Start == paragraph.Start && IsListItem(text, paragraph)))
                {
                    var action = Action(text, assignment?.ActionStart ?? ActionStart(text, sentence.Start), sentence.End);
                    if (action is not null)
                    {
                        var urgent = DeadlineParser.FindUrgency(text, sentence.Start, sentence.End);
                        var task = new LetterTask(assignment?.Assignee ?? contextAssignee ?? scope.DefaultAssignee,
                            assignment?.Coordinators ?? contextCoordinators, action, urgent, Evidence(text, sentence));
                        tasks.Add(task);
                        lastInParagraph = previousSentenceTask = task;
                    }
                }
                if (isIntro)
                {
                    listIntro = Directs().IsMatch(Folded(text, sentence));
                }
            }
            if (!IsListItem(text, paragraph) && !text.Text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd().EndsWith(':'))
            {
                listIntro = false;
            }
        }
        return Deduplicate(RecurringDuty.MergeRepeatedReports(tasks, text));
    }

    // A web copy may hold the letter twice: the same action with the same deadline is one task.
    private static List<LetterTask> Deduplicate(List<LetterTask> tasks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<LetterTask>();
        foreach (var t in tasks)
        {
            var key = Folding.Fold(t.Assignee + "|" + t.Action + "|" + t.Deadline?.Text);
            if (seen.Add(Spaces.Collapse(key)))
            {
                result.Add(t);
            }
        }
        return result;
    }

    private static bool IsListItem(LetterText text, Span paragraph) =>
        ListMarker().IsMatch(text.Text.AsSpan(paragraph.Start, Math.Min(paragraph.End, paragraph.Start + 8) - paragraph.Start));

    private static bool Assigns(LetterText text, Span sentence) =>
        Directs().IsMatch(Folded(text, sentence)) || ChuTri().IsMatch(Folded(text, sentence));

    // A sentence's folded text, read in place: copying each sentence cost as much as matching it.
    private static ReadOnlySpan<char> Folded(LetterText text, Span sentence) => text.Folded.AsSpan(sentence.Start, sentence.Length);

    private static Evidence Evidence(LetterText text, Span sentence) =>
        new(text.PageOf(sentence.Start), sentence.Start, sentence.Length);

    private static int ActionStart(LetterText text, int start)
    {
        var m = ListMarker().Match(text.Text, start);
        return m.Success && m.Index == start ? start + m.Length : start;
    }

    private static int SkipConnector(LetterText text, int at, int end)
    {
        var m = Connector().FirstIn(text.Folded, at, end);
        return m.Success ? m.Index + m.Length : at;
    }

    // The action: the clause between its start and the deadline, without leading connectors or trailing debris.
    private static string? Action(LetterText text, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }
        return ActionText.From(LeadingWords().Replace(Spaces.Tidy(text.Slice(start, end - start)), ""));
    }

    // Quoted passages cite rules of other documents ("“… trong thời hạn 10 ngày kể từ …”"): not tasks.
    private static List<Span> Quotes(LetterText text, int start, int end)
    {
        var spans = new List<Span>();
        foreach (Match m in Quoted().MatchesIn(text.Text, start, end))
        {
            spans.Add(new Span(m.Index, m.Index + m.Length));
        }
        return spans;
    }

    [GeneratedRegex(@"“[^”]{0,4000}”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*(?:[-+•]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s*)*(?:hoan\s*thanh|thoi\s*han|thoi\s*gian(?:\s*hoan\s*thanh)?|xong|han|tien\s*do)\b")]
    private static partial Regex DeadlineOnly();

    [GeneratedRegex(@"(?<!\p{L})(?:giao|de\s*nghi|yeu\s*cau|chi\s*dao|nhiem\s*vu|nhu\s*sau|cu\s*the)(?!\p{L})")]
    private static partial Regex Directs();

    [GeneratedRegex(@"(?<!\p{L})(?:chu\s*tri|co\s*trach\s*nhiem|khan\s*truong)(?!\p{L})")]
    private static partial Regex ChuTri();

    [GeneratedRegex(@"\G\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|\([a-z0-9]{1,3}\))\s*")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\G[\s,;.]*(?:va|dong\s*thoi|sau\s*do|,)?\s*")]
    private static partial Regex Connector();

    [GeneratedRegex(@"^(?:(?:và|để|đồng thời|theo chức năng, nhiệm vụ(?: được giao)?,?|khẩn trương|dự kiến|,)\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();
}

/// <summary>Where the body is, what to skip (Nơi nhận, signature), the issue date and who a task with no named body falls to.</summary>
public sealed record TaskScope(int Start, int End, IReadOnlyList<Span> Excluded, DateOnly? IssuedOn, string DefaultAssignee);
