using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Ml;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Embeddings;

[Collection(MlCollection.Name)]
public sealed class ModelEndpointTests(MlServiceFixture ml)
{
    [Fact]
    public void The_build_output_holds_the_model_extracted_from_the_package()
    {
        var model = new FileInfo(Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.ModelFileName));
        var vocabulary = new FileInfo(Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.VocabularyFileName));
        Assert.True(model.Exists && model.Length > 80_000_000, $"{model.FullName} missing or truncated");
        Assert.Equal(30_522, File.ReadLines(vocabulary.FullName).Count());
        // The ONNX protobuf starts with field 1 (ir_version) as a varint.
        using var stream = model.OpenRead();
        Assert.Equal(0x08, stream.ReadByte());
    }

    [Fact]
    public async Task Model_reports_the_loaded_session()
    {
        var body = await ml.Client.GetFromJsonAsync<JsonElement>("/model");
        Assert.Equal("all-MiniLM-L6-v2", body.GetProperty("name").GetString());
        Assert.Equal(384, body.GetProperty("dimensions").GetInt32());
        Assert.Equal(256, body.GetProperty("maxTokens").GetInt32());
        Assert.Equal("Cpu", body.GetProperty("executionProvider").GetString());
        Assert.Equal(new EmbeddingOptions().Model.Precision.ToString().ToLowerInvariant(), body.GetProperty("precision").GetString());
    }

    [Fact]
    public async Task Model_requires_a_token()
    {
        using var response = await ml.Anonymous.GetAsync("/model");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_includes_the_warm_model()
    {
        var body = await ml.Anonymous.GetFromJsonAsync<JsonElement>("/health");
        var check = body.GetProperty("checks").GetProperty(EmbeddingsRegistration.HealthCheckName);
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
        Assert.Contains("all-MiniLM-L6-v2", check.GetProperty("description").GetString());
    }
}

/// <summary>Start-up behaviour under other settings: each test loads its own service.</summary>
public sealed class ModelStartupTests
{
    [Fact]
    public async Task Auto_falls_back_to_the_cpu_when_cuda_is_unavailable()
    {
        // This build carries the CPU runtime (no -p:MlGpu=true), so CUDA cannot start here.
        await using var factory = new ServiceFactory<MlService>().WithSetting("Ml:ExecutionProvider", "Auto");
        var body = await factory.CreateAuthenticatedClient().GetFromJsonAsync<JsonElement>("/model");
        Assert.Equal("Cpu", body.GetProperty("executionProvider").GetString());
    }

    [Fact]
    public async Task Cuda_without_a_usable_gpu_fails_start_up_instead_of_silently_using_the_cpu()
    {
        await using var factory = new ServiceFactory<MlService>().WithSetting("Ml:ExecutionProvider", "Cuda");
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public async Task An_unknown_precision_fails_start_up()
    {
        await using var factory = new ServiceFactory<MlService>().WithSetting("Ml:Model:Precision", "fp16");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Precision", error.ToString());
    }

    [Fact]
    public async Task A_missing_model_fails_start_up_with_a_clear_message()
    {
        using var empty = new TempDirectory();
        await using var factory = new ServiceFactory<MlService>().WithSetting("Ml:ModelDirectory", empty.Path);
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(new EmbeddingOptions().Model.FileName, error.ToString());
    }

    [Fact]
    public async Task An_unknown_execution_provider_fails_start_up()
    {
        await using var factory = new ServiceFactory<MlService>().WithSetting("Ml:ExecutionProvider", "Tpu");
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }
}
