namespace CareerCraft.Backend.Files;

/// <summary>Where resume files live: the database (GridFS or a SQLite blob table) or Cloudinary.</summary>
public interface IFileStore
{
    /// <summary>The name recorded with each resume, so a file is read back from the store that holds it.</summary>
    string Name { get; }

    /// <summary>Stores the bytes and returns the key to read or delete them with.</summary>
    Task<string> SaveAsync(string suggestedKey, string fileName, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when the store has no such key.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; a key that is already gone is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Thrown when a store cannot take or give back a file (network, credentials, quota).</summary>
public sealed class FileStoreException(string message, Exception? inner = null) : Exception(message, inner);
