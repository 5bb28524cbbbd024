using Microsoft.Extensions.Configuration;

namespace CareerCraft.AppHost;

/// <summary>The AppHost's own settings, read once; names match the README's configuration table.</summary>
internal sealed record AppHostSettings(int MlReplicas, string? MlExecutionProvider)
{
    public const int DefaultMlReplicas = 2;
    public const int MaxMlReplicas = 16;

    public static AppHostSettings Read(IConfiguration configuration)
    {
        var replicas = configuration.GetValue("Ml:Replicas", DefaultMlReplicas);
        if (replicas is < 1 or > MaxMlReplicas)
        {
            throw new InvalidOperationException($"Ml:Replicas must be between 1 and {MaxMlReplicas}; it was {replicas}.");
        }
        return new AppHostSettings(replicas, configuration["Ml:ExecutionProvider"]);
    }
}
