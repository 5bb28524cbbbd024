using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// A backend of its own, for tests that need settings the shared one must not have (a tight rate limit, the default
/// BCrypt cost, Cloudinary, a stopped ML service) or that stop and restart it.
/// </summary>
public static class StandaloneBackend
{
    /// <summary>A port nothing listens on: connections are refused at once.</summary>
    public const string UnreachableMl = "http://127.0.0.1:9";

    public static ServiceFactory<BackendService> Create(string databasePath, string? mlBaseUrl = null, bool lowBCryptCost = true)
    {
        var factory = new ServiceFactory<BackendService>()
            .WithSetting("Storage:Path", databasePath)
            .WithSetting("Ml:BaseAddress", mlBaseUrl ?? UnreachableMl)
            .WithSetting("Auth:RateLimit:PermitLimit", "100000")
            .WithSetting("Quotas:UploadsPerMinute", "100000");
        return lowBCryptCost ? factory.WithSetting("Auth:BCryptWorkFactor", "4") : factory;
    }
}
