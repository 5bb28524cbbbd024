using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Health;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CareerCraft.Web.Services;

public static class ServiceClientsRegistration
{
    /// <summary>
    /// Logical names resolved by service discovery: the AppHost injects <c>services__backend__http__0</c> etc.
    /// "https+http" prefers HTTPS and falls back to HTTP, so the same address works with and without dev certificates.
    /// </summary>
    public const string BackendBaseAddress = "https+http://backend";
    public const string MlBaseAddress = "https+http://ml";

    public static IHostApplicationBuilder AddServiceClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<BackendClient>(c => c.BaseAddress = new Uri(BackendBaseAddress));
        builder.Services.AddHttpClient<BackendAuthClient>(c => c.BaseAddress = new Uri(BackendBaseAddress));
        builder.Services.AddHttpClient<MlClient>(c => c.BaseAddress = new Uri(MlBaseAddress));
        builder.Services.WithUserFacingResilience(nameof(BackendClient), nameof(MlClient));
        builder.Services.AddHttpClient<BackendAuthClient>().WithoutRetries(TimeSpan.FromSeconds(15));
        builder.Services.AddScoped<ServiceHealthProbe>();
        return builder;
    }

    /// <summary>
    /// Account calls get one timeout and nothing else. A retry of a refused sign-in (429) would only hold the person's
    /// page until the limit passed, and a circuit breaker would let strangers' refused attempts open the circuit
    /// for everyone's sign-in.
    /// </summary>
    private static IHttpClientBuilder WithoutRetries(this IHttpClientBuilder builder, TimeSpan timeout)
    {
#pragma warning disable EXTEXP0001 // experimental, but the documented way to replace the defaults' handler for one client
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddResilienceHandler("account-calls", pipeline => pipeline.AddTimeout(timeout));
        return builder;
    }

    /// <summary>
    /// The defaults retry every method and cut an attempt at 10 s. Here a person waits on the answer: a POST
    /// (upload, sign-up, a generated letter, a rate-limited ML call) must not run twice behind their back, and
    /// analysing a long resume on a busy machine may take longer than 10 s.
    /// </summary>
    /// <remarks>
    /// The service defaults add the standard handler to every client; its options are named
    /// "{client name}-standard", and a typed client's name is its type name.
    /// </remarks>
    private static void WithUserFacingResilience(this IServiceCollection services, params string[] clientNames)
    {
        foreach (var name in clientNames)
        {
            services.Configure<HttpStandardResilienceOptions>(name + "-standard", o =>
            {
                o.Retry.DisableForUnsafeHttpMethods();
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(120);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(120);
            });
        }
    }
}
