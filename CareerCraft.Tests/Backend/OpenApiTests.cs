using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class OpenApiTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task The_document_describes_bearer_auth_on_protected_operations_only()
    {
        var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());

        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/resumes", "get"), ("/api/profile", "put"), ("/api/cover-letters/{id}/docx", "get"), ("/api/auth/me", "get") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.True(operation.TryGetProperty("security", out var security), $"{method} {path} has no security");
            Assert.True(security[0].TryGetProperty("Bearer", out _));
        }
        foreach (var (path, field) in new[] { ("/api/resumes", "file"), ("/api/resumes/upload", "resume") })
        {
            var schema = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content")
                .GetProperty("multipart/form-data").GetProperty("schema");
            Assert.Equal("binary", schema.GetProperty("properties").GetProperty(field).GetProperty("format").GetString());
        }
        foreach (var path in new[] { "/api/auth/signin", "/api/auth/signup", "/api/auth/refresh" })
        {
            Assert.False(paths.GetProperty(path).GetProperty("post").TryGetProperty("security", out _), $"{path} should be open");
        }
    }
}
