namespace DonDoc.Ocr.Tests.Support;

/// <summary>Paths in the repository (found from the test binary upwards) and this project's fixtures.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Scan(string name) => Path.Combine(Root, "tests", "scans", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FunctionsApp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FunctionsApp.sln not found above " + AppContext.BaseDirectory);
    }
}
