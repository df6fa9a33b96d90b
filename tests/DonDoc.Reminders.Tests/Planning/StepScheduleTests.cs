namespace DonDoc.Reminders.Tests;

public class StepScheduleTests
{
    private static readonly StepSchedule Default = new(ReminderPolicy.Default);

    [Theory]
    [InlineData(20, null)]
    [InlineData(8, null)]
    [InlineData(7, "Before7")]
    [InlineData(5, "Before7")]
    [InlineData(4, "Before7")]
    [InlineData(3, "Before3")]
    [InlineData(2, "Before3")]
    [InlineData(1, "Before1")]
    [InlineData(0, "OnTheDay")]
    [InlineData(-1, "After1")]
    [InlineData(-2, "After1")]
    [InlineData(-3, "After3")]
    [InlineData(-6, "After3")]
    [InlineData(-7, "After7")]
    [InlineData(-11, "After7")]
    [InlineData(-12, "Weekly1")]
    [InlineData(-16, "Weekly1")]
    [InlineData(-17, "Weekly2")]
    [InlineData(-136, "Weekly25")]
    public void The_latest_step_reached_is_due(int daysLeft, string? step)
    {
        var due = Default.Due(daysLeft, recurring: false);

        Assert.Equal(step, due is { } d ? new ReminderStep(d.Kind, d.Number, null).Name : null);
    }

    [Theory]
    [InlineData(3, "Before3")]
    [InlineData(0, "OnTheDay")]
    [InlineData(-1, null)]
    [InlineData(-30, null)]
    public void Recurring_duties_stop_at_the_deadline(int daysLeft, string? step)
    {
        var due = Default.Due(daysLeft, recurring: true);

        Assert.Equal(step, due is { } d ? new ReminderStep(d.Kind, d.Number, null).Name : null);
    }

    [Fact]
    public void A_custom_policy_changes_the_points()
    {
        var policy = new ReminderPolicy { BeforeWorkingDays = [10, 2], OnTheDay = false, AfterWorkingDays = [2], RepeatEveryWorkingDays = null };
        var schedule = new StepSchedule(policy);

        Assert.Equal((StepKind.Before, 10), schedule.Due(9, false));
        Assert.Equal((StepKind.Before, 2), schedule.Due(0, false));
        Assert.Equal((StepKind.After, 2), schedule.Due(-2, false));
        Assert.Equal((StepKind.After, 2), schedule.Due(-200, false));
        Assert.Null(schedule.Due(11, false));
    }

    [Fact]
    public void An_invalid_policy_is_refused_with_its_problems()
    {
        var policy = new ReminderPolicy { BeforeWorkingDays = [3, 3, 0], RepeatEveryWorkingDays = 0 };

        Assert.Equal(3, policy.Validate().Count);
        Assert.Throws<ArgumentException>(() => new StepSchedule(policy));
    }

    [Theory]
    [InlineData(StepKind.Before, 7, "2025-08-15", "Before7@2025-08-15")]
    [InlineData(StepKind.OnTheDay, 0, "2025-08-15", "OnTheDay@2025-08-15")]
    [InlineData(StepKind.Weekly, 3, "2025-08-15", "Weekly3@2025-08-15")]
    [InlineData(StepKind.Check, 0, null, "Check")]
    public void Step_keys_name_the_step_and_its_deadline(StepKind kind, int number, string? due, string key) =>
        Assert.Equal(key, new ReminderStep(kind, number, due is null ? null : Make.D(due)).Key);
}
