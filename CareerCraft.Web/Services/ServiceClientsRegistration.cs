using CareerCraft.Web.Services.Health;

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
        builder.Services.AddHttpClient<MlClient>(c => c.BaseAddress = new Uri(MlBaseAddress));
        builder.Services.AddScoped<ServiceHealthProbe>();
        return builder;
    }
}
