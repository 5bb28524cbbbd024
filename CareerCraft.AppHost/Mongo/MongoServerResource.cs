namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A MongoDB server in a container. Ours because <c>Aspire.Hosting.MongoDB</c> is not served here;
/// it only needs what the backend uses: one endpoint and root credentials from parameters.
/// </summary>
public sealed class MongoServerResource(string name, ParameterResource userName, ParameterResource password)
    : ContainerResource(name), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const int DefaultPort = 27017;

    private EndpointReference? _primaryEndpoint;

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    public ParameterResource UserNameParameter { get; } = userName;

    public ParameterResource PasswordParameter { get; } = password;

    public ReferenceExpression ConnectionStringExpression => BuildConnectionString(databaseName: null);

    /// <summary>
    /// <c>authSource=admin</c> because the root user lives in the admin database, whichever database the URI selects.
    /// The password is generated without special characters, so it needs no URI escaping.
    /// </summary>
    internal ReferenceExpression BuildConnectionString(string? databaseName) =>
        ReferenceExpression.Create(
            $"mongodb://{UserNameParameter}:{PasswordParameter}@{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)}/{databaseName ?? ""}?authSource=admin");
}
