namespace CareerCraft.Backend.Files;

/// <summary>
/// Picks the store new files go to and finds the one an existing file is in (a resume uploaded before Cloudinary was
/// configured stays readable from the database).
/// </summary>
public sealed class FileStores(IServiceProvider services, FileStoreSelection selection)
{
    public const string Database = "database";
    public const string Cloudinary = "cloudinary";

    public IFileStore Current => For(selection.Current);

    public IFileStore For(string name) =>
        services.GetKeyedService<IFileStore>(name)
        ?? throw new FileStoreException($"The file store '{name}' is not configured.");
}

/// <summary>The name of the store that takes new uploads, decided once from configuration.</summary>
public sealed record FileStoreSelection(string Current);
