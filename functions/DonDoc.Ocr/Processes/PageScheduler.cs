using System.Runtime.ExceptionServices;

namespace DonDoc.Ocr.Processes;

/// <summary>
/// Runs one job per page, each holding a slot of <c>gate</c> while it runs, and returns the results in page
/// order. The gate belongs to the engine, not to one document: documents read at the same time (the Functions
/// host takes several queue messages at once) share the cores, and a second document's pages fill the cores
/// that the first one's short last page leaves idle. The first failure cancels the pages still running (their
/// processes are killed) and is the one thrown, so a damaged page 3 of 40 ends the document quickly and with
/// page 3's message. Each finished page is reported.
/// </summary>
internal static class PageScheduler
{
    public static async Task<T[]> RunAsync<T>(
        int count, SemaphoreSlim gate, Func<int, CancellationToken, Task<T>> page,
        IProgress<OcrProgress>? progress, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var done = 0;
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync(cts.Token).ConfigureAwait(false);
            try
            {
                var result = await page(i, cts.Token).ConfigureAwait(false);
                progress?.Report(new OcrProgress(Interlocked.Increment(ref done), count));
                return result;
            }
            catch
            {
                await cts.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        try
        {
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Report the page that failed, not the pages cancelled because of it.
            var first = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (first is not null)
            {
                ExceptionDispatchInfo.Throw(first);
            }
            throw;
        }
    }
}
