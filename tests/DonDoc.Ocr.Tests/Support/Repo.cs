using DonDoc.Testing;

namespace DonDoc.Ocr.Tests.Support;

/// <summary>Paths in the repository (see <see cref="RepoRoot"/>) and this project's fixtures.</summary>
internal static class Repo
{
    public static readonly string Root = RepoRoot.Find();

    public static string Scan(string name) => Path.Combine(Root, "tests", "scans", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
