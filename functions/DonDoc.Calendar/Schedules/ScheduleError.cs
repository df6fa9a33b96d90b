namespace DonDoc.Calendar;

/// <summary>One problem in a holiday schedule: a code to branch on, where it is, and a message for the person editing the file.</summary>
/// <param name="Code">What is wrong.</param>
/// <param name="Path">Where, as a JSON path such as "$.years[1].daysOff[3].date" (with line and column in the message for bad JSON).</param>
/// <param name="Message">An explanation for people.</param>
public sealed record ScheduleError(ScheduleErrorCode Code, string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
