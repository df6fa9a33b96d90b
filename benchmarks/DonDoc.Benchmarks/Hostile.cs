using System.Diagnostics;
using System.Text.RegularExpressions;
using DonDoc.Letters;

namespace DonDoc.Benchmarks;

/// <summary>
/// Reads each hostile input (<see cref="Inputs.Pathological"/>) at 256 KB and at 1 MB. Linear reading shows
/// as a per-KB ratio near 1 (a quadratic step shows as 4). A regex that runs for more than
/// <see cref="RunawaySeconds"/> on one call is reported with its pattern and the recogniser that ran it.
/// </summary>
internal static class Hostile
{
    public const int RunawaySeconds = 10;

    public static void Print(LetterReader reader, string[] seeds, double seconds)
    {
        var quarter = Inputs.Pathological(seeds, 256 * 1024).ToList();
        var whole = Inputs.Pathological(seeds, 1024 * 1024).ToList();
        Console.WriteLine("hostile input (1 MB)             time/read     µs per KB   ratio to 256 KB");
        for (var i = 0; i < whole.Count; i++)
        {
            try
            {
                // Both sizes are read until their code is optimised (see Program.cs), then timed.
                Timing.Measure(() => { reader.Read(quarter[i].Text); reader.Read(whole[i].Text); return 1; }, 2);
                var small = TimingRounds.Best(() => { reader.Read(quarter[i].Text); return 1; }, Math.Min(1, seconds), rounds: 3);
                var big = TimingRounds.Best(() => { reader.Read(whole[i].Text); return 1; }, Math.Min(2, seconds), rounds: 3);
                var perKb = big.CpuPerRead * 1e6 / 1024;
                Console.WriteLine($"{whole[i].Name,-30} {big.CpuPerRead * 1000,10:N2} ms  {perKb,10:N1}  {perKb / (small.CpuPerRead * 1e6 / 256),10:N2}");
            }
            catch (RegexMatchTimeoutException e)
            {
                Console.WriteLine($"{whole[i].Name,-30} runaway (> {RunawaySeconds} s) in {Recogniser(e)}: {e.Pattern}");
            }
        }
    }

    // The reader's method that ran the regex: the first frame of the stack inside DonDoc.Letters.
    private static string Recogniser(Exception e) =>
        new StackTrace(e).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace?.StartsWith("DonDoc.Letters", StringComparison.Ordinal) == true)
            .Select(m => $"{m!.DeclaringType!.Name}.{m.Name}")
            .FirstOrDefault() ?? "?";
}
