using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.AppHost;

[Trait("Category", "AppHost")]
public sealed class AppHostModelTests
{
    private static async Task<DistributedApplicationModel> BuildModel(params string[] args)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CareerCraft_AppHost>(args);
        var app = await builder.BuildAsync();
        await using (app)
        {
            return app.Services.GetRequiredService<DistributedApplicationModel>();
        }
    }

    [Fact]
    public async Task Mongo_mode_declares_the_mongo_container_with_a_database_the_backend_waits_for()
    {
        var model = await BuildModel("Storage=Mongo");

        var mongo = Assert.Single(model.Resources.OfType<MongoServerResource>());
        Assert.Equal("mongo", mongo.Name);
        Assert.True(mongo.TryGetLastAnnotation<ContainerImageAnnotation>(out var image));
        Assert.Equal(("mongo", "8.0"), (image.Image, image.Tag));
        var endpoint = Assert.Single(mongo.Annotations.OfType<EndpointAnnotation>());
        Assert.Equal(27017, endpoint.TargetPort);
        Assert.Contains(mongo.Annotations.OfType<ContainerMountAnnotation>(), m => m.Target == "/data/db");

        var database = Assert.Single(model.Resources.OfType<MongoDatabaseResource>());
        Assert.Equal("careercraft", database.DatabaseName);
        Assert.Same(mongo, database.Parent);

        var backend = Project(model, "backend");
        Assert.Contains(backend.Annotations.OfType<WaitAnnotation>(), w => w.Resource == database);
        Assert.Contains(backend.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource == database && r.Type == "Reference");
    }

    [Fact]
    public async Task Embedded_mode_leaves_mongo_out()
    {
        var model = await BuildModel("Storage=Embedded");

        Assert.Empty(model.Resources.OfType<MongoServerResource>());
        Assert.Empty(model.Resources.OfType<MongoDatabaseResource>());
        Assert.Empty(Project(model, "backend").Annotations.OfType<WaitAnnotation>());
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("3", 3)]
    public async Task Ml_runs_the_configured_number_of_replicas(string? replicas, int expected)
    {
        var model = await BuildModel(replicas is null ? ["Storage=Embedded"] : ["Storage=Embedded", $"Ml:Replicas={replicas}"]);

        Assert.True(Project(model, "ml").TryGetLastAnnotation<ReplicaAnnotation>(out var annotation));
        Assert.Equal(expected, annotation.Replicas);
    }

    [Fact]
    public async Task Web_is_external_and_references_and_waits_for_backend_and_ml()
    {
        var model = await BuildModel("Storage=Embedded");
        var web = Project(model, "web");

        Assert.Contains(web.Annotations.OfType<EndpointAnnotation>(), e => e.IsExternal);
        foreach (var name in new[] { "backend", "ml" })
        {
            var target = Project(model, name);
            Assert.Contains(web.Annotations.OfType<WaitAnnotation>(), w => w.Resource == target);
            Assert.Contains(web.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource == target && r.Type == "Reference");
        }
    }

    [Fact]
    public async Task Backend_references_ml_without_waiting_for_it()
    {
        var model = await BuildModel("Storage=Embedded");
        var backend = Project(model, "backend");
        var ml = Project(model, "ml");

        Assert.Contains(backend.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource == ml && r.Type == "Reference");
        Assert.DoesNotContain(backend.Annotations.OfType<WaitAnnotation>(), w => w.Resource == ml);
    }

    [Fact]
    public async Task Every_service_has_an_http_health_check_on_slash_health()
    {
        var model = await BuildModel("Storage=Embedded");

        foreach (var name in new[] { "backend", "ml", "web" })
        {
            Assert.NotEmpty(Project(model, name).Annotations.OfType<HealthCheckAnnotation>());
        }
    }

    [Fact]
    public async Task The_jwt_signing_key_is_a_generated_secret_parameter()
    {
        var model = await BuildModel("Storage=Embedded");

        var key = Assert.Single(model.Resources.OfType<ParameterResource>(), p => p.Name == "jwt-signing-key");
        Assert.True(key.Secret);
        // Generated on first run, then kept in the AppHost's user secrets.
        Assert.NotNull(key.Default);
    }

    [Fact]
    public async Task An_unknown_storage_mode_stops_the_app_host_with_a_clear_message()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BuildModel("Storage=Cassandra"));
        Assert.Contains("Storage must be one of", error.ToString());
    }

    private static ProjectResource Project(DistributedApplicationModel model, string name) =>
        Assert.Single(model.Resources.OfType<ProjectResource>(), p => p.Name == name);
}
