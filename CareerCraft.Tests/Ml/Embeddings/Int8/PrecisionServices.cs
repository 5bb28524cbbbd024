using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Embeddings.Int8;

/// <summary>
/// Two ML services of their own, one per precision, so the gate's 72 matches run beside the shared "ml" collection
/// instead of lengthening it (its clients hold tokens that expire after 10 minutes).
/// </summary>
public sealed class PrecisionServices : IAsyncLifetime
{
    private readonly ServiceFactory<MlService> _fp32 = Create("fp32");
    private readonly ServiceFactory<MlService> _int8 = Create("int8");

    public HttpClient Fp32 { get; private set; } = null!;

    public HttpClient Int8 { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Fp32 = _fp32.CreateAuthenticatedClient();
        Int8 = _int8.CreateAuthenticatedClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _fp32.DisposeAsync();
        await _int8.DisposeAsync();
    }

    private static ServiceFactory<MlService> Create(string precision) => new ServiceFactory<MlService>()
        .WithSetting("Ml:Model:Precision", precision)
        .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
        .WithSetting("Ml:RateLimit:Burst", "10000");
}
