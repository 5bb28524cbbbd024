using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Deploy;

/// <summary>
/// The ML service's container settings as MSBuild evaluates them (`dotnet msbuild -getProperty`, no build): the CPU
/// image by default, the CUDA 13 + cuDNN 9 one with -p:MlGpu=true. The image itself is not built here (no registry).
/// </summary>
[Trait("Category", "Deploy")]
public sealed partial class MlGpuContainerTests
{
    private const string BaseImage = "acr.example/careercraft-ml-gpu-base:13.0.1-cudnn9";
    private static readonly string Project = Path.Combine(RepositoryRoot.Path, "CareerCraft.Ml", "CareerCraft.Ml.csproj");

    [Fact]
    public async Task By_default_the_image_is_microsofts_framework_dependent_one_with_the_cpu_runtime()
    {
        var evaluated = await EvaluateAsync("-p:RuntimeIdentifier=linux-x64");

        Assert.Equal("", (string?)evaluated["Properties"]!["ContainerBaseImage"]);
        Assert.NotEqual("true", (string?)evaluated["Properties"]!["SelfContained"]);
        Assert.Contains("Microsoft.ML.OnnxRuntime", PackageReferences(evaluated));
        Assert.DoesNotContain("Microsoft.ML.OnnxRuntime.Gpu", PackageReferences(evaluated));
    }

    [Fact]
    public async Task With_MlGpu_the_image_is_the_cuda_one_self_contained_on_port_8080_as_a_user()
    {
        var evaluated = await EvaluateAsync("-p:MlGpu=true", "-p:RuntimeIdentifier=linux-x64", $"-p:MlGpuBaseImage={BaseImage}");
        var properties = evaluated["Properties"]!;

        Assert.Equal(BaseImage, (string?)properties["ContainerBaseImage"]);
        Assert.Equal("true", (string?)properties["SelfContained"]);
        Assert.Equal("1654", (string?)properties["ContainerUser"]);
        Assert.Equal(["8080"], evaluated["Items"]!["ContainerPort"]!.AsArray().Select(i => (string?)i!["Identity"]));
        Assert.Contains("Microsoft.ML.OnnxRuntime.Gpu", PackageReferences(evaluated));
        Assert.DoesNotContain("Microsoft.ML.OnnxRuntime", PackageReferences(evaluated));
    }

    [Fact]
    public async Task A_gpu_publish_that_names_no_runtime_is_still_self_contained_for_linux_x64()
    {
        // `dotnet publish` sets _IsPublishing; the caller (azd, a script) may not pass -r.
        var evaluated = await EvaluateAsync("-p:MlGpu=true", "-p:_IsPublishing=true", "-getProperty:RuntimeIdentifier");

        Assert.Equal("linux-x64", (string?)evaluated["Properties"]!["RuntimeIdentifier"]);
        Assert.Equal("true", (string?)evaluated["Properties"]!["SelfContained"]);
    }

    [Fact]
    public async Task The_gpu_base_image_starts_from_the_pinned_cuda_13_cudnn_9_runtime_image()
    {
        var evaluated = await EvaluateAsync("-p:MlGpu=true");
        var cudaImage = (string)evaluated["Properties"]!["MlGpuCudaImage"]!;
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "CareerCraft.Ml", "gpu-base", "Dockerfile"));

        Assert.Matches(PinnedCuda13CudnnRuntime(), cudaImage);
        Assert.Equal(cudaImage, From().Match(dockerfile).Groups["image"].Value);
        // ICU: without it the service's text normalisation and tokenizer stop agreeing with the reference.
        Assert.Contains("libicu74", dockerfile);
    }

    [Fact]
    public async Task Publishing_the_gpu_image_without_naming_its_base_stops_with_the_reason()
    {
        var run = await ProcessRun.RunAsync("dotnet", ["msbuild", Project, "-t:ComputeContainerBaseImage", "-p:MlGpu=true", "-nologo"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("MlGpu=true needs -p:MlGpuBaseImage=", run.Stdout);
    }

    private static async Task<JsonObject> EvaluateAsync(params string[] properties)
    {
        var run = await ProcessRun.RunAsync("dotnet",
            ["msbuild", Project, "-getProperty:ContainerBaseImage", "-getProperty:SelfContained", "-getProperty:ContainerUser",
             "-getProperty:MlGpuCudaImage", "-getItem:PackageReference", "-getItem:ContainerPort", .. properties],
            RepositoryRoot.Path, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonNode.Parse(run.Stdout)!.AsObject();
    }

    private static List<string?> PackageReferences(JsonObject evaluated) =>
        evaluated["Items"]!["PackageReference"]!.AsArray().Select(i => (string?)i!["Identity"]).ToList();

    // A full CUDA 13.x.y version (not a moving 13 or latest), cuDNN, the runtime flavour.
    [GeneratedRegex(@"^docker\.io/nvidia/cuda:13\.\d+\.\d+-cudnn-runtime-ubuntu\d{2}\.\d{2}$")]
    private static partial Regex PinnedCuda13CudnnRuntime();

    [GeneratedRegex(@"^FROM (?<image>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex From();
}
