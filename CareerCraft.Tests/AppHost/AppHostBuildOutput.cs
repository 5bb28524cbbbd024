using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.AppHost;

/// <summary>
/// The AppHost's own build output (with its deps and runtimeconfig), in the configuration the tests were built in:
/// the test project references the AppHost, so it is always built before the tests run.
/// </summary>
internal static class AppHostBuildOutput
{
    public static string Dll
    {
        get
        {
            var projectDirectory = Path.Combine(RepositoryRoot.Path, "CareerCraft.AppHost");
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var dll = Path.Combine(projectDirectory, "bin", configuration, framework, "CareerCraft.AppHost.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("The AppHost has not been built.", dll);
        }
    }
}
