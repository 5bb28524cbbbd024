namespace CareerCraft.AppHost.Storage;

/// <summary>Configuration <c>Storage</c>: where the backend keeps its data (DESIGN.md section 2).</summary>
public enum StorageMode
{
    /// <summary>MongoDB in a container when a container runtime answers; otherwise the embedded store.</summary>
    Auto,

    /// <summary>Always declare the MongoDB container.</summary>
    Mongo,

    /// <summary>Never declare MongoDB; the backend uses its SQLite file.</summary>
    Embedded,
}
