using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// One backend for the "backend" collection: SQLite in a temp folder, the ML side as a local fake of its HTTP
/// contract, a low BCrypt cost (the default of 12 has its own test) and rate limits out of the way (they have theirs).
/// </summary>
public sealed class BackendFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    public FakeMlService Ml { get; private set; } = null!;

    public ServiceFactory<BackendService> Factory { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_data.Path, "backend.db");

    public async Task InitializeAsync()
    {
        Ml = await FakeMlService.StartAsync();
        Factory = new ServiceFactory<BackendService>()
            .WithSetting("Storage:Path", DatabasePath)
            .WithSetting("Ml:BaseAddress", Ml.BaseUrl)
            .WithSetting("Auth:BCryptWorkFactor", "4")
            .WithSetting("Auth:RateLimit:PermitLimit", "100000")
            .WithSetting("Quotas:UploadsPerMinute", "100000");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Ml.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BackendCollection : ICollectionFixture<BackendFixture>
{
    public const string Name = "backend";
}
