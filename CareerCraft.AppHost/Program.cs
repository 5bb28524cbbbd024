using CareerCraft.AppHost;
using CareerCraft.AppHost.Storage;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);
var settings = AppHostSettings.Read(builder.Configuration);

// Generated once and kept in the AppHost's user secrets, so tokens survive restarts; never in the repository.
// The backend derives its ES256 (P-256) private key from it (a PEM key may be set instead); only the backend gets it.
var jwtKey = builder.AddParameter("jwt-signing-key", new GenerateParameterDefault { MinLength = 64, Special = false }, secret: true, persist: true);

var backend = builder.AddProject<Projects.CareerCraft_Backend>("backend")
    .WithEnvironment("Jwt__SigningKey", jwtKey)
    .WithHttpHealthCheck("/health");

switch (StorageModeResolver.Resolve(builder))
{
    case StoragePlan.MongoContainer:
        var mongo = builder.AddMongo("mongo");
        // Run mode only: in Azure a volume would be an Azure Files SMB share, which MongoDB's WiredTiger cannot use.
        if (builder.ExecutionContext.IsRunMode)
        {
            mongo.WithDataVolume();
        }
        var database = mongo.AddDatabase("careercraft");
        backend.WithReference(database).WaitFor(database);
        break;
    case StoragePlan.ManagedMongo:
        // Publish mode: MongoDB Atlas or Azure DocumentDB; the deployment asks for the URI and keeps it as a secret.
        backend.WithReference(builder.AddConnectionString("careercraft"));
        break;
}

// ML checks tokens with the backend's public keys, read from its /.well-known/jwks.json through service discovery:
// code running in ML (which parses untrusted files) can mint nothing.
var ml = builder.AddProject<Projects.CareerCraft_Ml>("ml")
    .WithReplicas(settings.MlReplicas)
    .WithReference(backend)
    .WithHttpHealthCheck("/health");
if (settings.MlExecutionProvider is { } provider)
{
    ml.WithEnvironment("Ml__ExecutionProvider", provider);
}

// The backend asks ML for a resume's text on upload, but must not wait for it: an upload succeeds with ML down
// and the text is filled in on a later read.
backend.WithReference(ml);

// Optional integrations: declared only when configured, so a fresh clone starts without prompting for them.
if (builder.Configuration.GetConnectionString("cloudinary") is not null)
{
    backend.WithReference(builder.AddConnectionString("cloudinary"));
}
if (builder.Configuration.GetConnectionString("llm") is not null)
{
    ml.WithReference(builder.AddConnectionString("llm"));
}

// The web is the one client that signs people in on their behalf: the backend believes the browser address it
// forwards (X-Forwarded-For) for the per-address limits. Locally every service is on loopback; a deployment names
// the web's network (e.g. the container environment's subnet) in BackendTrustedProxyNetworks.
foreach (var (network, i) in settings.BackendTrustedProxyNetworks(builder.ExecutionContext.IsRunMode).Select((n, i) => (n, i)))
{
    backend.WithEnvironment($"ForwardedHeaders__KnownNetworks__{i}", network);
}

builder.AddProject<Projects.CareerCraft_Web>("web")
    .WithReference(backend).WaitFor(backend)
    .WithReference(ml).WaitFor(ml)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

builder.Build().Run();
