namespace CareerCraft.Backend.Storage;

/// <summary>Where the embedded store lives when no MongoDB connection string is configured.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string MongoConnectionName = "careercraft";

    /// <summary>SQLite file; relative paths are under the content root's <c>App_Data</c> folder.</summary>
    public string Path { get; set; } = "careercraft.db";
}
