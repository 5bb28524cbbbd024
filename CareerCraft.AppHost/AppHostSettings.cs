using Microsoft.Extensions.Configuration;

namespace CareerCraft.AppHost;

/// <summary>The AppHost's own settings, read once; names match the README's configuration table.</summary>
internal sealed record AppHostSettings(int MlReplicas, string? MlExecutionProvider, IReadOnlyList<string> ConfiguredProxyNetworks)
{
    /// <summary>Where the web's requests come from when everything runs on this machine.</summary>
    public const string LoopbackNetwork = "127.0.0.0/8";

    public const int DefaultMlReplicas = 2;
    public const int MaxMlReplicas = 16;

    public static AppHostSettings Read(IConfiguration configuration)
    {
        var replicas = configuration.GetValue("Ml:Replicas", DefaultMlReplicas);
        if (replicas is < 1 or > MaxMlReplicas)
        {
            throw new InvalidOperationException($"Ml:Replicas must be between 1 and {MaxMlReplicas}; it was {replicas}.");
        }
        var networks = configuration.GetSection("BackendTrustedProxyNetworks").Get<string[]>() ?? [];
        return new AppHostSettings(replicas, configuration["Ml:ExecutionProvider"], networks);
    }

    /// <summary>The networks the backend believes forwarded addresses from: configured ones, or loopback when run locally.</summary>
    public IReadOnlyList<string> BackendTrustedProxyNetworks(bool runMode) =>
        ConfiguredProxyNetworks.Count > 0 ? ConfiguredProxyNetworks : runMode ? [LoopbackNetwork, "::1/128"] : [];
}
