using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

public sealed class CloudinaryTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeCloudinary _cloudinary = null!;
    private ServiceFactory<BackendService> _factory = null!;

    public async Task InitializeAsync()
    {
        _cloudinary = await FakeCloudinary.StartAsync();
        _factory = StandaloneBackend.Create(Path.Combine(_data.Path, "cloudinary.db"))
            .WithSetting("ConnectionStrings:cloudinary", _cloudinary.ConnectionString)
            .WithSetting("Cloudinary:BaseUrl", _cloudinary.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _cloudinary.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public void The_signature_reproduces_cloudinarys_documented_example()
    {
        var parameters = new Dictionary<string, string>
        {
            ["timestamp"] = "1315060510",
            ["public_id"] = "sample_image",
            ["eager"] = "w_400,h_300,c_pad|w_260,h_200,c_crop",
            // Never signed: these must not change the result.
            ["api_key"] = "1234",
            ["file"] = "@sample.jpg",
            ["cloud_name"] = "demo",
            ["resource_type"] = "image",
        };

        Assert.Equal("eager=w_400,h_300,c_pad|w_260,h_200,c_crop&public_id=sample_image&timestamp=1315060510", CloudinarySignature.StringToSign(parameters));
        Assert.Equal("bfd09f95f331f558cbd1320e67aa8d488770583e", CloudinarySignature.Sign(parameters, "abcd"));
        Assert.Equal("bfd09f95f331f558cbd1320e67aa8d488770583e", FakeCloudinary.ExpectedSignature(parameters, "abcd"));
    }

    [Theory]
    [InlineData("cloudinary://key:secret@cloud", true, "key", "secret", "cloud")]
    [InlineData("cloudinary://key%3A1:s%40cret@my-cloud", true, "key:1", "s@cret", "my-cloud")]
    [InlineData("https://key:secret@cloud", false, "", "", "")]
    [InlineData("cloudinary://key@cloud", false, "", "", "")]
    [InlineData("not a url", false, "", "", "")]
    public void The_connection_string_is_parsed_from_the_url_form(string value, bool valid, string key, string secret, string cloud)
    {
        Assert.Equal(valid, CloudinaryOptions.TryParse(value, out var account));
        if (valid)
        {
            Assert.Equal((key, secret, cloud), account);
        }
    }

    [Fact]
    public async Task Resumes_go_to_cloudinary_signed_and_come_back_and_are_destroyed_on_delete()
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));

        var created = await user.UploadAsync("rm_john_doe.pdf");
        var id = created.GetProperty("id").GetString()!;

        Assert.Equal("cloudinary", created.GetProperty("storage").GetString());
        Assert.Equal(0, _cloudinary.RejectedSignatures);
        var upload = _cloudinary.Requests.Single(r => r.Action == "upload").Parameters;
        Assert.Equal(FakeCloudinary.ApiKey, upload["api_key"]);
        Assert.Equal($"careercraft/resumes/{id}", upload["public_id"]);
        Assert.Equal("private", upload["type"]);
        Assert.Equal(bytes, _cloudinary.Files[$"careercraft/resumes/{id}"]);

        Assert.Equal(bytes, await user.Client.GetByteArrayAsync($"/api/resumes/{id}/file"));

        using var delete = await user.Client.DeleteAsync($"/api/resumes/{id}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var destroy = _cloudinary.Requests.Single(r => r.Action == "destroy").Parameters;
        Assert.Equal($"careercraft/resumes/{id}", destroy["public_id"]);
        Assert.Empty(_cloudinary.Files);
        Assert.Equal(0, _cloudinary.RejectedSignatures);
    }

    [Fact]
    public async Task A_failed_upload_answers_503_and_leaves_no_record()
    {
        var user = await _factory.SignUpAsync();
        _cloudinary.FailUploads = true;
        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf")), "cv.pdf");

        using var response = await user.Client.PostAsync("/api/resumes", form);

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "file-store-unavailable");
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes")).GetProperty("total").GetInt32());
        Assert.Empty(_cloudinary.Files);
    }

    [Fact]
    public async Task A_failed_record_write_removes_the_file_it_had_stored()
    {
        await using var failing = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IResumeRepository>(sp => new RefusingResumeRepository())));
        var user = await failing.SignUpAsync();
        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf")), "cv.pdf");

        using var response = await user.Client.PostAsync("/api/resumes", form);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(_cloudinary.Requests, r => r.Action == "upload");
        Assert.Single(_cloudinary.Requests, r => r.Action == "destroy");
        Assert.Empty(_cloudinary.Files);
    }

    [Fact]
    public async Task The_store_client_refuses_a_wrong_secret_as_the_service_would()
    {
        await using var wrongSecret = _factory.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:cloudinary", $"cloudinary://{FakeCloudinary.ApiKey}:not-the-secret@{FakeCloudinary.CloudName}"));
        var user = await wrongSecret.SignUpAsync();
        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf")), "cv.pdf");

        using var response = await user.Client.PostAsync("/api/resumes", form);

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "file-store-unavailable");
        Assert.True(_cloudinary.RejectedSignatures > 0);
        Assert.Empty(_cloudinary.Files);
    }

    /// <summary>A store whose writes fail, as a full disk or a lost primary would make them.</summary>
    private sealed class RefusingResumeRepository : IResumeRepository
    {
        public Task AddAsync(Resume resume, CancellationToken cancellationToken) => throw new IOException("disk full");
        public Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) => Task.FromResult<Resume?>(null);
        public Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) => Task.FromResult(new Page<Resume>([], 0));
        public Task<bool> SetExtractionAsync(string ownerId, string id, ExtractionOutcome outcome, CancellationToken cancellationToken) => Task.FromResult(false);
        public Task<bool> ClaimExtractionAttemptAsync(string ownerId, string id, int attemptsSeen, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) => Task.FromResult(false);
        public Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, AnalysisSnapshot snapshot, CancellationToken cancellationToken) => Task.FromResult(false);
        public Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) => Task.FromResult(false);
        public Task<StorageUsage> GetUsageAsync(string ownerId, CancellationToken cancellationToken) => Task.FromResult(new StorageUsage(0, 0));
        public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
