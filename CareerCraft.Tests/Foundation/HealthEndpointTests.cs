using System.Net;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Web;

namespace CareerCraft.Tests.Foundation;

public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Backend_answers_healthy_with_its_store_checked(string path)
    {
        using var data = new TempDirectory();
        await using var factory = new ServiceFactory<BackendService>().WithSetting("Storage:Path", Path.Combine(data.Path, "health.db"));
        var body = await GetHealthy(factory.CreateClient(), path);
        if (path == "/health")
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("sqlite").GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Ml_answers_healthy(string path)
    {
        await using var factory = new ServiceFactory<MlService>();
        await GetHealthy(factory.CreateClient(), path);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Web_answers_healthy(string path)
    {
        await using var factory = new ServiceFactory<WebApp>();
        await GetHealthy(factory.CreateClient(), path);
    }

    [Fact]
    public async Task Backend_refuses_to_start_without_a_long_enough_signing_key()
    {
        await using var factory = new ServiceFactory<BackendService>().WithSetting("Jwt:SigningKey", "too-short");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("SigningKey", error.ToString());
    }

    private static async Task<JsonElement> GetHealthy(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        return body;
    }
}
