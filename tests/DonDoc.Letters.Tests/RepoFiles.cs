namespace DonDoc.Letters.Tests;

/// <summary>Finds files of the repository (seeds, corpus) from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = DonDoc.Testing.RepoRoot.Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path("tests", "seeds"), prefix + "*.txt").Single());
}
