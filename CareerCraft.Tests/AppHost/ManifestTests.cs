using System.Text.Json.Nodes;

namespace CareerCraft.Tests.AppHost;

[Trait("Category", "AppHost")]
public sealed class ManifestTests
{
    // What azd's apphost package turns into Azure resources or parameters; anything else it refuses or drops.
    private static readonly string[] TypesAzdDeploys = ["project.v0", "container.v0", "container.v1", "parameter.v0", "value.v0"];

    [Fact]
    public async Task Publishing_declares_backend_ml_and_web_and_the_database_as_a_secret_connection_string()
    {
        var published = await PublishedManifest.PublishAsync();
        var resources = published.Resources;

        Assert.Equal(["backend", "ml", "web"], published.Projects.Order());
        Assert.Null(resources["mongo"]);
        Assert.DoesNotContain(resources, r => (string?)r.Value!["type"] is "container.v0" or "container.v1");

        var database = resources["careercraft"]!;
        Assert.Equal("parameter.v0", (string?)database["type"]);
        Assert.Equal("{careercraft.value}", (string?)database["connectionString"]);
        Assert.True((bool)database["inputs"]!["value"]!["secret"]!);
        Assert.Equal("{careercraft.connectionString}", (string?)resources["backend"]!["env"]!["ConnectionStrings__careercraft"]);
    }

    [Fact]
    public async Task Every_resource_is_of_a_type_azd_deploys()
    {
        var published = await PublishedManifest.PublishAsync();

        foreach (var (name, resource) in published.Resources)
        {
            Assert.True(TypesAzdDeploys.Contains((string?)resource!["type"]), $"{name}: {resource["type"]}");
        }
    }

    [Fact]
    public async Task The_jwt_key_is_a_generated_secret_only_the_backend_receives()
    {
        var resources = (await PublishedManifest.PublishAsync()).Resources;

        var input = resources["jwt-signing-key"]!["inputs"]!["value"]!;
        Assert.True((bool)input["secret"]!);
        Assert.Equal(64, (int)input["default"]!["generate"]!["minLength"]!);
        // Only the backend can sign; ML reads the public keys (through its reference to the backend).
        Assert.Equal("{jwt-signing-key.value}", (string?)resources["backend"]!["env"]!["Jwt__SigningKey"]);
        Assert.Null(resources["ml"]!["env"]!["Jwt__SigningKey"]);
        Assert.NotNull(resources["ml"]!["env"]!["services__backend__http__0"]);
    }

    [Fact]
    public async Task Web_alone_is_reachable_from_outside()
    {
        var resources = (await PublishedManifest.PublishAsync()).Resources;

        foreach (var project in new[] { "backend", "ml", "web" })
        {
            var external = resources[project]!["bindings"]!.AsObject().Any(b => (bool?)b.Value!["external"] == true);
            Assert.True(external == (project == "web"), $"{project}: external {external}");
        }
    }

    [Fact]
    public async Task A_mongo_container_is_published_only_when_asked_for_and_then_with_a_warning_and_no_volume()
    {
        var published = await PublishedManifest.PublishAsync("Storage=Mongo");

        var mongo = published.Resources["mongo"]!;
        Assert.Equal("mongo:8.0", ((string?)mongo["image"])?.Split('/').Last());
        Assert.Null(mongo["volumes"]);
        Assert.Null(mongo["bindMounts"]);
        Assert.Equal("{careercraft.connectionString}", (string?)published.Resources["backend"]!["env"]!["ConnectionStrings__careercraft"]);
        Assert.Contains("dev-grade mongo:8.0 container. It is not for production", published.Run.Stdout + published.Run.Stderr);
    }

    [Fact]
    public async Task The_embedded_store_cannot_be_published()
    {
        var published = await PublishedManifest.PublishAsync("Storage=Embedded");

        Assert.NotEqual(0, published.Run.ExitCode);
        Assert.Null(published.Manifest);
        Assert.Contains("Storage=Embedded cannot be published", published.Run.Stdout + published.Run.Stderr);
    }

    [Fact]
    public async Task The_published_defaults_carry_no_secret_value()
    {
        var published = await PublishedManifest.PublishAsync();

        foreach (var (name, resource) in published.Resources.Where(r => (string?)r.Value!["type"] == "parameter.v0"))
        {
            var input = resource!["inputs"]?["value"];
            if (input?["secret"] is JsonValue secret && (bool)secret)
            {
                Assert.Null(input["default"]?["value"]);
            }
        }
    }
}
