using CareerCraft.Ml;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// One ML service for every test in the "ml" collection: the ONNX session, PdfPig warm-up and the OCR engine
/// each cost seconds, so they are loaded once.
/// </summary>
public sealed class MlServiceFixture : IAsyncLifetime
{
    public ServiceFactory<MlService> Factory { get; } = new ServiceFactory<MlService>()
        // Tests send far more requests than a person; the limiter has its own test with a tight setting.
        .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
        .WithSetting("Ml:RateLimit:Burst", "10000");

    public HttpClient Client { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateAuthenticatedClient();
        Anonymous = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Resolves a service of the running ML host (e.g. the embedder) for in-process checks.</summary>
    public T GetService<T>() where T : notnull =>
        (T)Factory.Services.GetService(typeof(T))!;
}

[CollectionDefinition(Name)]
public sealed class MlCollection : ICollectionFixture<MlServiceFixture>
{
    public const string Name = "ml";
}
