namespace CareerCraft.Tests.Infrastructure;

/// <summary>A folder under the system temp directory that is removed with the fixture.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careercraft-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a host shutting down; the OS temp cleaner takes it later.
        }
    }
}
