namespace Aspire.Hosting.ApplicationModel;

/// <summary>A database on a <see cref="MongoServerResource"/>; its connection string is a full <c>mongodb://</c> URI naming the database.</summary>
public sealed class MongoDatabaseResource(string name, string databaseName, MongoServerResource parent)
    : Resource(name), IResourceWithParent<MongoServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public MongoServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => Parent.BuildConnectionString(DatabaseName);
}
