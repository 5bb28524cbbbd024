using System.Globalization;
using CareerCraft.Tests.AppHost;
using YamlDotNet.RepresentationModel;

namespace CareerCraft.Tests.Deploy;

/// <summary>
/// The *.tmpl.yaml azd deploys for each service, with template expressions substituted and parsed, checked against the manifest
/// the AppHost publishes and the outputs and parameters of main.bicep, so that none of the three drifts alone.
/// </summary>
[Trait("Category", "Deploy")]
public sealed class ContainerAppTemplateTests
{
    private const string GpuProfile = "gpu";
    private const string ConsumptionProfile = "consumption";

    public static TheoryData<string> Services => new(ContainerAppTemplate.Services);

    [Fact]
    public async Task Every_project_of_the_manifest_has_a_template_and_every_template_a_project()
    {
        var published = await PublishedManifest.PublishAsync();

        Assert.Equal(published.Projects.Order(), ContainerAppTemplate.Services);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_template_sets_every_variable_the_manifest_gives_its_service(string service)
    {
        var manifestEnv = (await PublishedManifest.PublishAsync()).Resources[service]!["env"]!.AsObject().Select(e => e.Key);
        var template = await LoadAsync(service, "Cpu");

        var templateEnv = Env(template).Select(e => e.Name).ToHashSet();
        Assert.DoesNotContain(manifestEnv, name => !templateEnv.Contains(name));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_template_reads_only_outputs_and_secure_parameters_of_main_bicep(string service)
    {
        var outputs = await CompiledInfra.OutputsAsync();
        var parameters = await CompiledInfra.ParametersAsync();
        var template = await LoadAsync(service, "Cpu");

        Assert.DoesNotContain(template.EnvNames, name => name != "AZURE_LOCATION" && !outputs.ContainsKey(name));
        foreach (var name in template.ParameterNames)
        {
            Assert.Equal("securestring", (string?)parameters[name]?["type"]);
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_secret_reference_names_a_declared_secret_and_no_secret_is_a_plain_value(string service)
    {
        var template = await LoadAsync(service, "Cpu");
        var declared = Secrets(template).ToDictionary(s => s.Name, s => s.Value);

        var referenced = Env(template).Where(e => e.SecretRef is not null).ToList();
        Assert.All(referenced, e => Assert.True(declared.ContainsKey(e.SecretRef!), $"{service}: {e.Name} -> {e.SecretRef}"));
        Assert.Equal(declared.Keys.Order(), referenced.Select(e => e.SecretRef!).Distinct().Order());
        Assert.All(declared, s => Assert.StartsWith("value-of-", s.Value));
        Assert.DoesNotContain(Env(template), e => e.Value is not null && (e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || e.Name.StartsWith("Jwt__SigningKey", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("backend", false)]
    [InlineData("ml", false)]
    [InlineData("web", true)]
    public async Task Web_alone_has_external_ingress(string service, bool external)
    {
        var template = await LoadAsync(service, "Cpu");

        Assert.Equal(external ? "true" : "false", template.Scalar("properties", "configuration", "ingress", "external"));
        Assert.Equal(ContainerAppTemplate.TargetPort.ToString(CultureInfo.InvariantCulture), template.Scalar("properties", "configuration", "ingress", "targetPort"));
    }

    [Theory]
    [InlineData("Cpu", ConsumptionProfile, 2.0, "4Gi")]
    [InlineData("Cuda", GpuProfile, 8.0, "56Gi")]
    public async Task Ml_runs_on_the_profile_its_execution_provider_needs(string provider, string profile, double cpu, string memory)
    {
        var template = await LoadAsync("ml", provider);

        Assert.Equal(profile, template.Scalar("properties", "workloadProfileName"));
        Assert.Equal(cpu, Cpu(template));
        Assert.Equal(memory, Memory(template));
        Assert.Contains(Env(template), e => e.Name == "Ml__ExecutionProvider" && e.Value == provider);
    }

    [Fact]
    public async Task Ml_scales_from_the_parameters_on_http_concurrency()
    {
        var template = await LoadAsync("ml", "Cuda");

        Assert.Equal("1", template.Scalar("properties", "template", "scale", "minReplicas"));
        Assert.Equal("4", template.Scalar("properties", "template", "scale", "maxReplicas"));
        var rule = (YamlMappingNode)((YamlSequenceNode)template.Node("properties", "template", "scale", "rules")).Single();
        Assert.Equal("16", (ContainerAppTemplate.Walk(rule, "http", "metadata", "concurrentRequests") as YamlScalarNode)?.Value);
    }

    [Theory]
    [InlineData("backend")]
    [InlineData("web")]
    public async Task Backend_and_web_run_on_consumption_within_its_cpu_and_memory_pairs(string service)
    {
        var template = await LoadAsync(service, "Cuda");

        Assert.Equal(ConsumptionProfile, template.Scalar("properties", "workloadProfileName"));
        // Consumption allows 0.25 to 4 cores in steps of 0.25, with twice as many GiB of memory.
        var cpu = Cpu(template);
        Assert.InRange(cpu, 0.25, 4);
        Assert.Equal(0, cpu % 0.25);
        Assert.Equal($"{(cpu * 2).ToString(CultureInfo.InvariantCulture)}Gi", Memory(template));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_replica_count_is_a_number_and_the_range_is_not_empty(string service)
    {
        var template = await LoadAsync(service, "Cpu");

        var min = int.Parse(template.Scalar("properties", "template", "scale", "minReplicas")!, CultureInfo.InvariantCulture);
        var max = int.Parse(template.Scalar("properties", "template", "scale", "maxReplicas")!, CultureInfo.InvariantCulture);
        Assert.InRange(min, 0, max);
        Assert.Equal(ContainerAppTemplate.Image, (template.Container.Children[new YamlScalarNode("image")] as YamlScalarNode)?.Value);
        Assert.Equal(service, (template.Container.Children[new YamlScalarNode("name")] as YamlScalarNode)?.Value);
    }

    private static async Task<ContainerAppTemplate> LoadAsync(string service, string provider)
    {
        var onGpu = provider == "Cuda";
        var env = await CompiledInfra.EnvironmentAsync(new Dictionary<string, string>
        {
            ["mlExecutionProvider"] = provider,
            // Computed in main.bicep; their expressions are checked in InfraBicepTests.
            ["ML_WORKLOAD_PROFILE"] = onGpu ? GpuProfile : ConsumptionProfile,
            ["ML_CPU"] = onGpu ? "8.0" : "2.0",
            ["ML_MEMORY"] = onGpu ? "56Gi" : "4Gi",
        });
        return ContainerAppTemplate.Load(service, env);
    }

    private static double Cpu(ContainerAppTemplate template) =>
        double.Parse(Scalar(template.Container, "resources", "cpu"), CultureInfo.InvariantCulture);

    private static string Memory(ContainerAppTemplate template) => Scalar(template.Container, "resources", "memory");

    private static string Scalar(YamlNode node, params string[] path) =>
        (ContainerAppTemplate.Walk(node, path) as YamlScalarNode)?.Value ?? throw new KeyNotFoundException(string.Join('.', path));

    private static IEnumerable<(string Name, string? Value, string? SecretRef)> Env(ContainerAppTemplate template) =>
        ((YamlSequenceNode)template.Container.Children[new YamlScalarNode("env")]).Cast<YamlMappingNode>().Select(e =>
            (Scalar(e, "name"), (ContainerAppTemplate.Walk(e, "value") as YamlScalarNode)?.Value, (ContainerAppTemplate.Walk(e, "secretRef") as YamlScalarNode)?.Value));

    private static IEnumerable<(string Name, string Value)> Secrets(ContainerAppTemplate template) =>
        ContainerAppTemplate.Walk(template.Root, "properties", "configuration", "secrets") is YamlSequenceNode secrets
            ? secrets.Cast<YamlMappingNode>().Select(s => (Scalar(s, "name"), Scalar(s, "value")))
            : [];
}
