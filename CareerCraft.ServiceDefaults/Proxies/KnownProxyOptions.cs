using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CareerCraft.ServiceDefaults.Proxies;

/// <summary>
/// Who may tell this service the end user's address (<c>X-Forwarded-For</c>) and scheme (<c>X-Forwarded-Proto</c>).
/// Empty by default: no one is believed, not even loopback, because believing a forged address would let anyone
/// dodge the per-address limits or spend someone else's.
/// </summary>
public sealed class KnownProxyOptions : IValidatableObject
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Single addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR form, e.g. <c>10.0.0.0/16</c> (an ingress or a container environment's subnet).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address.", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks has '{network}', which is not a CIDR network (e.g. 10.0.0.0/16).", [nameof(KnownNetworks)]);
        }
    }
}
