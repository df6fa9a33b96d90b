namespace DonDoc.Testing;

/// <summary>Finds the repository root: the nearest folder, upwards from the running assembly, that holds FunctionsApp.sln.</summary>
public static class RepoRoot
{
    /// <summary>The repository root.</summary>
    /// <exception cref="InvalidOperationException">No FunctionsApp.sln above the assembly (or the current directory).</exception>
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FunctionsApp.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No FunctionsApp.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
    }
}
