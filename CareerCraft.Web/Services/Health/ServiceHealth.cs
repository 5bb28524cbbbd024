namespace CareerCraft.Web.Services.Health;

/// <summary>What the home page shows for one service: its overall status and each named check.</summary>
public sealed record ServiceHealth(
    string Key,
    string Service,
    string Status,
    IReadOnlyDictionary<string, string> Checks,
    TimeSpan Latency,
    string? Error = null)
{
    public bool IsHealthy => Status == "Healthy";
}
