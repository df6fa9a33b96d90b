namespace DonDoc.Ocr.Processes;

/// <summary>
/// A private temporary folder for one document's files (the input copy, rendered pages), removed with
/// everything in it on <see cref="Dispose"/>: use it in a using block so that failures and cancellations
/// leave nothing behind.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A new folder under <paramref name="root"/> (null: the system's temp folder).</summary>
    public static TempFolder Create(string? root = null)
    {
        if (root is null)
        {
            return new(Directory.CreateTempSubdirectory("dondoc-ocr-").FullName);
        }
        var path = System.IO.Path.Combine(root, "dondoc-ocr-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return new(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open (a process being killed): the OS temp cleaner takes it later.
        }
    }
}
