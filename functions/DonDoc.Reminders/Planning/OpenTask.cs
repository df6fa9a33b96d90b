using DonDoc.Letters;

namespace DonDoc.Reminders;

/// <summary>What a reminder says about the letter a task came from.</summary>
/// <param name="Number">Số và ký hiệu, e.g. "382/TB-VPCP"; null when unread.</param>
/// <param name="IssuedOn">Ngày ban hành.</param>
/// <param name="Issuer">Cơ quan ban hành.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="IsSecret">True for MẬT, TỐI MẬT, TUYỆT MẬT letters: their content is never mailed.</param>
/// <param name="ScanLink">A time-limited link to the scan, already signed by whoever built the task list; null for none.</param>
public sealed record LetterSummary(
    string? Number,
    DateOnly? IssuedOn,
    string? Issuer,
    string? Subject,
    bool IsSecret,
    Uri? ScanLink = null);

/// <summary>
/// A task not yet done, as the reminder sweep reads it: who must act, what, and the deadline exactly as the
/// letter reader left it (<see cref="Deadline"/>'s due date, kind and text).
/// </summary>
/// <param name="TaskId">Stable task identifier; keys the reminder log.</param>
/// <param name="LetterId">The letter's identifier.</param>
/// <param name="Assignee">The lead body as the letter names it ("Bộ Xây dựng", "Quý Cơ quan").</param>
/// <param name="Due">The resolved last day (for recurring duties the first occurrence); null when none.</param>
/// <param name="Kind">How the deadline was written; null when the task has no time limit.</param>
/// <param name="Action">What must be done.</param>
/// <param name="DeadlineText">The deadline phrase from the letter ("trước ngày 20 hằng tháng"); empty when none.</param>
/// <param name="Letter">The letter, for the mail.</param>
public sealed record OpenTask(
    string TaskId,
    string LetterId,
    string Assignee,
    DateOnly? Due,
    DeadlineKind? Kind,
    string Action,
    string DeadlineText,
    LetterSummary Letter);
