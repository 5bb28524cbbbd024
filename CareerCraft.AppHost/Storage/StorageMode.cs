namespace CareerCraft.AppHost.Storage;

/// <summary>Configuration <c>Storage</c>: where the backend keeps its data (DESIGN.md section 2).</summary>
public enum StorageMode
{
    /// <summary>
    /// Run mode: MongoDB in a container when a container runtime answers, otherwise the embedded store.
    /// Publish mode: a managed MongoDB server, the secret connection string <c>careercraft</c>.
    /// </summary>
    Auto,

    /// <summary>Always declare the MongoDB container; when publishing, a dev-grade one without a volume (logged as such).</summary>
    Mongo,

    /// <summary>Never declare MongoDB; the backend uses its SQLite file. Cannot be published.</summary>
    Embedded,
}
