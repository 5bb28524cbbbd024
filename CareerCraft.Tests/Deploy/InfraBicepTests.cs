using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerCraft.Tests.Deploy;

/// <summary>infra/ compiled and linted with the real Bicep CLI, and its parameters checked against azd's parameter file.</summary>
[Trait("Category", "Deploy")]
public sealed partial class InfraBicepTests
{
    [Fact]
    public async Task Main_bicep_compiles_with_no_errors_or_warnings()
    {
        Assert.Empty(await CompiledInfra.MainDiagnosticsAsync());
        // azd deploys main.bicep at subscription scope: it creates the resource group itself.
        Assert.Contains("subscriptionDeploymentTemplate", (string?)(await CompiledInfra.MainAsync())["$schema"]);
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("resources.bicep")]
    public async Task Every_bicep_file_lints_clean_with_the_default_rules(string file)
    {
        Assert.Empty(await BicepCli.LintAsync(Path.Combine(BicepCli.InfraDirectory, file)));
    }

    [Fact]
    public async Task The_parameter_file_names_only_declared_parameters_and_its_fallbacks_are_their_defaults()
    {
        var declared = await CompiledInfra.ParametersAsync();
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json")))!["parameters"]!.AsObject();

        foreach (var (name, entry) in file)
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare");
            var reference = EnvironmentReference().Match((string)entry!["value"]!);
            Assert.True(reference.Success, $"{name}: {entry["value"]}");
            if (reference.Groups["fallback"].Success)
            {
                Assert.Equal(declared[name]!["defaultValue"]?.ToString(), reference.Groups["fallback"].Value);
            }
        }
        // A parameter without a default that the file does not set is one azd would prompt for: only the database.
        var prompted = declared.Where(p => p.Value!["defaultValue"] is null && !file.ContainsKey(p.Key)).Select(p => p.Key);
        Assert.Empty(prompted);
    }

    [Fact]
    public async Task The_database_and_the_jwt_key_are_secure_and_the_key_is_generated_as_in_run_mode()
    {
        var declared = await CompiledInfra.ParametersAsync();

        Assert.Equal("securestring", (string?)declared["careercraft"]!["type"]);
        var key = declared["jwt_signing_key"]!;
        Assert.Equal("securestring", (string?)key["type"]);
        var generate = key["metadata"]!["azd"]!;
        Assert.Equal("generate", (string?)generate["type"]);
        // The AppHost generates 64 characters without specials in run mode; azd should give the same kind of key.
        Assert.Equal(64, (int)generate["config"]!["length"]!);
        Assert.True((bool)generate["config"]!["noSpecial"]!);
    }

    [Fact]
    public async Task The_environment_has_a_consumption_profile_and_a_gpu_profile_when_ml_runs_on_cuda()
    {
        var module = await CompiledInfra.ResourcesModuleAsync();
        var variables = module["variables"]!;
        var environment = module["resources"]!.AsArray().Single(r => (string?)r!["type"] == "Microsoft.App/managedEnvironments")!;

        Assert.Equal("Consumption", (string?)variables["consumptionProfile"]!["workloadProfileType"]);
        Assert.Equal("consumption", (string?)variables["consumptionProfileName"]);
        Assert.Equal("gpu", (string?)variables["gpuProfileName"]);
        Assert.Equal("[if(empty(parameters('gpuWorkloadProfileType')), createArray(variables('consumptionProfile')), createArray(variables('consumptionProfile'), variables('gpuProfile')))]",
            (string?)environment["properties"]!["workloadProfiles"]);

        var main = await CompiledInfra.MainAsync();
        var parameters = await CompiledInfra.ParametersAsync();
        Assert.Equal("Consumption-GPU-NC8as-T4", (string?)parameters["gpuWorkloadProfileType"]!["defaultValue"]);
        Assert.Contains("NC24-A100", parameters["gpuWorkloadProfileType"]!["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("[equals(parameters('mlExecutionProvider'), 'Cuda')]", (string?)main["variables"]!["mlOnGpu"]);
        var passed = main["resources"]!.AsArray().Single(r => (string?)r!["name"] == "resources")!["properties"]!["parameters"]!;
        Assert.Equal("[if(variables('mlOnGpu'), createObject('value', parameters('gpuWorkloadProfileType')), createObject('value', ''))]",
            (string?)passed["gpuWorkloadProfileType"]);
        var workloadProfile = (string)main["outputs"]!["ML_WORKLOAD_PROFILE"]!["value"]!;
        Assert.Matches(@"^\[if\(variables\('mlOnGpu'\), .*outputs\.GPU_WORKLOAD_PROFILE_NAME\.value, .*outputs\.CONSUMPTION_WORKLOAD_PROFILE_NAME\.value\)\]$", workloadProfile);
    }

    [Fact]
    public async Task Ml_gets_the_cpu_and_memory_of_its_profile()
    {
        var main = await CompiledInfra.MainAsync();

        // ContainerAppTemplateTests substitutes these values for ML_CPU and ML_MEMORY.
        Assert.Equal("[if(variables('mlOnGpu'), if(contains(parameters('gpuWorkloadProfileType'), 'A100'), createObject('cpu', '24.0', 'memory', '220Gi'), " +
            "createObject('cpu', '8.0', 'memory', '56Gi')), createObject('cpu', '2.0', 'memory', '4Gi'))]", (string?)main["variables"]!["mlResources"]);
        Assert.Equal("[variables('mlResources').cpu]", (string?)main["outputs"]!["ML_CPU"]!["value"]);
        Assert.Equal("[variables('mlResources').memory]", (string?)main["outputs"]!["ML_MEMORY"]!["value"]);
    }

    [Fact]
    public async Task Ml_replicas_default_to_one_to_four_and_may_go_to_zero()
    {
        var parameters = await CompiledInfra.ParametersAsync();

        Assert.Equal((1, 0), ((int)parameters["mlMinReplicas"]!["defaultValue"]!, (int)parameters["mlMinReplicas"]!["minValue"]!));
        Assert.Equal(4, (int)parameters["mlMaxReplicas"]!["defaultValue"]!);
        Assert.Equal(0, (int)parameters["webMinReplicas"]!["minValue"]!);
    }

    // ${NAME} or ${NAME=fallback}: azd substitutes the environment's value.
    [GeneratedRegex(@"^\$\{(?<name>[A-Z0-9_]+)(=(?<fallback>[^}]*))?\}$")]
    private static partial Regex EnvironmentReference();
}
