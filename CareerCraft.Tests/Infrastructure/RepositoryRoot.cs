namespace CareerCraft.Tests.Infrastructure;

/// <summary>The checkout's root (the folder holding CareerCraft.sln), found from the test output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CareerCraft.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No CareerCraft.sln above {AppContext.BaseDirectory}.");
    }
}
