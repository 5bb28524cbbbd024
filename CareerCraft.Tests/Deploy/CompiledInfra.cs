using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerCraft.Tests.Deploy;

/// <summary>infra/main.bicep compiled once per test run, and the values azd would put in the environment from it.</summary>
internal static partial class CompiledInfra
{
    private static readonly Lazy<Task<(JsonObject Template, IReadOnlyList<string> Diagnostics)>> Main =
        new(() => BicepCli.BuildAsync(Path.Combine(BicepCli.InfraDirectory, "main.bicep")));

    public static async Task<JsonObject> MainAsync() => (await Main.Value).Template;

    public static async Task<IReadOnlyList<string>> MainDiagnosticsAsync() => (await Main.Value).Diagnostics;

    public static async Task<JsonObject> ParametersAsync() => (await MainAsync())["parameters"]!.AsObject();

    public static async Task<JsonObject> OutputsAsync() => (await MainAsync())["outputs"]!.AsObject();

    /// <summary>The compiled resources.bicep, as main.bicep nests it.</summary>
    public static async Task<JsonObject> ResourcesModuleAsync() =>
        (await MainAsync())["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == "resources")!["properties"]!["template"]!.AsObject();

    /// <summary>
    /// The .env azd writes after provisioning with the parameters' defaults: an output that is a parameter takes its
    /// default (or <paramref name="overrides"/>), one passed up from resources.bicep its literal variable; the few computed
    /// ones must come in <paramref name="overrides"/>. AZURE_LOCATION is azd's own.
    /// </summary>
    public static async Task<Dictionary<string, string>> EnvironmentAsync(IReadOnlyDictionary<string, string> overrides)
    {
        var parameters = await ParametersAsync();
        var module = await ResourcesModuleAsync();
        var env = new Dictionary<string, string> { ["AZURE_LOCATION"] = "swedencentral" };
        foreach (var (name, output) in await OutputsAsync())
        {
            var expression = (string)output!["value"]!;
            if (overrides.TryGetValue(name, out var value))
            {
                env[name] = value;
            }
            else if (ParameterExpression().Match(expression) is { Success: true } parameter)
            {
                env[name] = overrides.GetValueOrDefault(parameter.Groups["name"].Value) ?? DefaultOf(parameters, parameter.Groups["name"].Value);
            }
            else if (ModuleOutputExpression().Match(expression) is { Success: true } moduleOutput)
            {
                var inner = (string)module["outputs"]![moduleOutput.Groups["name"].Value]!["value"]!;
                env[name] = VariableExpression().Match(inner) is { Success: true } variable && module["variables"]?[variable.Groups["name"].Value] is JsonValue literal
                    ? literal.ToString()
                    : $"value-of-{name}";
            }
            else
            {
                throw new InvalidOperationException($"The test does not evaluate output {name} = {expression}; pass its value.");
            }
        }
        return env;
    }

    private static string DefaultOf(JsonObject parameters, string name) =>
        parameters[name]?["defaultValue"]?.ToString() ?? throw new InvalidOperationException($"Parameter {name} has no default.");

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterExpression();

    [GeneratedRegex(@"^\[reference\(.*'Microsoft\.Resources/deployments', 'resources'\).*\)\.outputs\.(?<name>\w+)\.value\]$")]
    private static partial Regex ModuleOutputExpression();

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$")]
    private static partial Regex VariableExpression();
}
