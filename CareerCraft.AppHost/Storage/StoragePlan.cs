namespace CareerCraft.AppHost.Storage;

/// <summary>What the AppHost declares for the backend's data, decided from <see cref="StorageMode"/> and the execution mode.</summary>
internal enum StoragePlan
{
    /// <summary>The <c>mongo:8.0</c> container: locally with a data volume, in Azure only by opt-in and without one.</summary>
    MongoContainer,

    /// <summary>A managed MongoDB server (MongoDB Atlas, Azure DocumentDB) given as the secret connection string <c>careercraft</c>.</summary>
    ManagedMongo,

    /// <summary>Nothing: the backend uses its embedded SQLite file.</summary>
    Embedded,
}
