using System.Globalization;
using System.Text.RegularExpressions;
using CareerCraft.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace CareerCraft.Tests.Deploy;

/// <summary>
/// One CareerCraft.AppHost/infra/*.tmpl.yaml as azd deploys it: its Go-template expressions substituted the way azd's
/// function map resolves them (outputs of main.bicep as <c>.Env</c>, secure parameters, the image, the target port),
/// then parsed as YAML. What each expression named is kept, so tests can check it against main.bicep.
/// </summary>
internal sealed partial class ContainerAppTemplate
{
    public const int TargetPort = 8080;
    public const string Image = "acr.example/careercraft/service:azd-deploy";

    private ContainerAppTemplate(string service, YamlMappingNode root, IReadOnlySet<string> env, IReadOnlySet<string> parameters)
    {
        Service = service;
        Root = root;
        EnvNames = env;
        ParameterNames = parameters;
    }

    public static string Directory => Path.Combine(RepositoryRoot.Path, "CareerCraft.AppHost", "infra");

    public static IEnumerable<string> Services =>
        System.IO.Directory.EnumerateFiles(Directory, "*.tmpl.yaml").Select(f => Path.GetFileName(f)[..^".tmpl.yaml".Length]).Order();

    public string Service { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The <c>{{ .Env.NAME }}</c> names the template read.</summary>
    public IReadOnlySet<string> EnvNames { get; }

    /// <summary>The names given to <c>securedParameter</c> and <c>parameter</c>.</summary>
    public IReadOnlySet<string> ParameterNames { get; }

    public YamlMappingNode Container => (YamlMappingNode)((YamlSequenceNode)Node("properties", "template", "containers")).Single();

    /// <summary>Loads a service's template; an <c>.Env</c> name missing from <paramref name="env"/> fails, as it fails azd (missingkey=error).</summary>
    public static ContainerAppTemplate Load(string service, IReadOnlyDictionary<string, string> env)
    {
        var text = File.ReadAllText(Path.Combine(Directory, $"{service}.tmpl.yaml"));
        var envNames = new HashSet<string>();
        var parameterNames = new HashSet<string>();
        var substituted = TemplateExpression().Replace(text, match =>
        {
            var expression = match.Groups["expression"].Value;
            if (EnvReference().Match(expression) is { Success: true } envReference)
            {
                var name = envReference.Groups["name"].Value;
                envNames.Add(name);
                return env.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"{service}: .Env.{name} is not set by main.bicep or azd.");
            }
            if (ParameterReference().Match(expression) is { Success: true } parameter)
            {
                parameterNames.Add(parameter.Groups["name"].Value);
                return $"value-of-{parameter.Groups["name"].Value}";
            }
            if (TargetPortReference().IsMatch(expression))
            {
                return TargetPort.ToString(CultureInfo.InvariantCulture);
            }
            return expression == ".Image" ? Image : throw new FormatException($"{service}: an expression azd does not know: {match.Value}");
        });

        var yaml = new YamlStream();
        yaml.Load(new StringReader(substituted));
        return new ContainerAppTemplate(service, (YamlMappingNode)yaml.Documents.Single().RootNode, envNames, parameterNames);
    }

    public YamlNode Node(params string[] path) => Walk(Root, path) ?? throw new KeyNotFoundException($"{Service}: no {string.Join('.', path)}");

    public string? Scalar(params string[] path) => (Walk(Root, path) as YamlScalarNode)?.Value;

    public static YamlNode? Walk(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }
            node = child;
        }
        return node;
    }

    [GeneratedRegex(@"\{\{\s*(?<expression>.*?)\s*\}\}")]
    private static partial Regex TemplateExpression();

    [GeneratedRegex(@"^\.Env\.(?<name>[A-Z0-9_]+)$")]
    private static partial Regex EnvReference();

    [GeneratedRegex("^(securedParameter|parameter) \"(?<name>[A-Za-z0-9_]+)\"$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^targetPortOrDefault \d+$")]
    private static partial Regex TargetPortReference();
}
