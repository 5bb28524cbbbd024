using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Embeddings.Int8;

/// <summary>A second ML service, on the int8 model, to hold its answers against the shared (fp32) one's.</summary>
public sealed class Int8ServiceFixture : IAsyncLifetime
{
    public ServiceFactory<MlService> Factory { get; } = new ServiceFactory<MlService>()
        .WithSetting("Ml:Model:Precision", "int8")
        .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
        .WithSetting("Ml:RateLimit:Burst", "10000");

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateAuthenticatedClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
