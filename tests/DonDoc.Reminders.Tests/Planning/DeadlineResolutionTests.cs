using DonDoc.Letters;
using static DonDoc.Reminders.Tests.Make;

namespace DonDoc.Reminders.Tests;

/// <summary>Which day each kind of deadline ends on, and the Điều 148 roll-forward past days off.</summary>
public class DeadlineResolutionTests
{
    private static readonly DeadlineResolver Resolver = new(Make.Vietnam);

    [Theory]
    // Exact dates are used as is; one on a day off ends on the next working day (BLDS Điều 148 khoản 5).
    [InlineData("2025-08-15", DeadlineKind.Exact, "2025-08-15", "2025-08-15")]
    [InlineData("2025-08-17", DeadlineKind.Exact, "2025-08-17", "2025-08-18")]
    [InlineData("2026-02-17", DeadlineKind.Exact, "2026-02-17", "2026-02-23")]
    // "Trong tháng 8/2025": 31/08 is a Sunday, and 1–2/9 are Quốc khánh, so the limit ends on Wednesday 03/09.
    [InlineData("2025-08-31", DeadlineKind.Month, "2025-08-31", "2025-09-03")]
    // A period stored by its first day still ends on its last.
    [InlineData("2025-07-01", DeadlineKind.Month, "2025-07-31", "2025-07-31")]
    [InlineData("2025-08-15", DeadlineKind.Quarter, "2025-09-30", "2025-09-30")]
    [InlineData("2025-03-01", DeadlineKind.Half, "2025-06-30", "2025-06-30")]
    [InlineData("2025-10-01", DeadlineKind.Half, "2025-12-31", "2025-12-31")]
    [InlineData("2025-12-31", DeadlineKind.Year, "2025-12-31", "2025-12-31")]
    // "Trong tháng 02/2026": 28/02 is a Saturday.
    [InlineData("2026-02-28", DeadlineKind.Month, "2026-02-28", "2026-03-02")]
    [InlineData("2025-08-01", DeadlineKind.Relative, "2025-08-01", "2025-08-01")]
    [InlineData("2025-08-01", null, "2025-08-01", "2025-08-01")]
    public void Dated_deadlines(string due, DeadlineKind? kind, string stated, string effective)
    {
        var r = Resolver.Resolve(Task("t", due, kind), D("2025-01-02"));

        Assert.Equal((D(stated), D(effective)), (r.Due!.Value, r.EffectiveDue!.Value));
        Assert.Null(r.Triage);
    }

    [Theory]
    // First due Sunday 20/07/2025 (rolled to 21/07); on 13/08 the next is Wednesday 20/08.
    [InlineData("2025-07-20", "trước ngày 20 hằng tháng", "2025-08-13", "2025-08-20", "2025-08-20")]
    [InlineData("2025-07-20", "định kỳ hằng tháng, trước ngày 20", "2025-07-21", "2025-07-20", "2025-07-21")]
    [InlineData("2025-07-20", "trước ngày 20 hàng tháng", "2025-08-21", "2025-09-20", "2025-09-22")]
    // Day 31 in a 30-day month is its last day; 30/4 and 1/5 are holidays and 02/05/2025 a swap day off.
    [InlineData("2025-01-31", "ngày 31 hằng tháng", "2025-04-25", "2025-04-30", "2025-05-05")]
    [InlineData("2025-01-31", "ngày 31 hằng tháng", "2025-05-06", "2025-05-31", "2025-06-02")]
    [InlineData("2025-07-15", "trước ngày 15 của tháng đầu quý", "2025-08-01", "2025-10-15", "2025-10-15")]
    [InlineData("2024-12-31", "trước ngày 31 tháng 12 hằng năm", "2025-12-20", "2025-12-31", "2025-12-31")]
    [InlineData("2024-12-31", "trước ngày 31 tháng 12 hằng năm", "2026-01-05", "2026-12-31", "2026-12-31")]
    public void Recurring_deadlines_are_the_next_occurrence(string first, string text, string today, string due, string effective)
    {
        var r = Resolver.Resolve(Task("t", first, DeadlineKind.Recurring, deadlineText: text), D(today));

        Assert.True(r.Recurring);
        Assert.Equal((D(due), D(effective)), (r.Due!.Value, r.EffectiveDue!.Value));
    }

    [Fact]
    public void A_recurring_phrase_without_a_rhythm_goes_to_triage()
    {
        var r = Resolver.Resolve(Task("t", "2025-07-20", DeadlineKind.Recurring, deadlineText: "định kỳ"), D("2025-08-01"));

        Assert.Equal(TriageReason.RecurringWithoutDay, r.Triage);
    }

    [Fact]
    public void Recurring_reminders_come_before_each_occurrence_with_their_own_keys()
    {
        var task = Task("t", "2025-07-20", DeadlineKind.Recurring, deadlineText: "trước ngày 20 hằng tháng");
        var planner = Make.Planner();

        var august = planner.Plan([task], D("2025-08-13")).Digests.Single().Items.Single();
        var afterAugust = planner.Plan([task], D("2025-08-21"));
        var september = planner.Plan([task], D("2025-09-12")).Digests.Single().Items.Single();

        Assert.Equal("Before7@2025-08-20", august.Step.Key);
        Assert.Empty(afterAugust.Digests);
        Assert.Equal("Before7@2025-09-22", september.Step.Key);
        Assert.False(september.IsEscalated);
    }
}
