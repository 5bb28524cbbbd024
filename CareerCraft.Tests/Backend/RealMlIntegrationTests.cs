using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.ExtractionFuzz;
using CareerCraft.Ml;
using CareerCraft.Ml.Extraction.Workers;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// The backend against the real ML service on a real socket: the fake's contract is the one the service speaks, and
/// the caller's token (issued by the backend) is accepted there.
/// </summary>
public sealed class RealMlIntegrationTests
{
    [Fact]
    public async Task An_upload_is_stored_with_the_text_the_ml_service_extracted()
    {
        await using var ml = new ServiceFactory<MlService>();
        var mlAddress = StartOnSocket(ml);
        using var data = new TempDirectory();
        await using var backend = StandaloneBackend.Create(Path.Combine(data.Path, "real-ml.db"), mlAddress);
        var user = await backend.SignUpAsync();

        var pdf = await user.UploadAsync("rm_john_doe.pdf");
        var docx = await user.UploadAsync("syn_features.docx");

        var pdfDetail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{pdf.GetProperty("id").GetString()}");
        Assert.Equal("done", pdfDetail.GetProperty("extraction").GetProperty("status").GetString());
        Assert.Contains("JOHN DOE", pdfDetail.GetProperty("text").GetString());
        Assert.Contains("PROFESSIONAL SUMMARY", pdfDetail.GetProperty("text").GetString());

        var docxDetail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{docx.GetProperty("id").GetString()}");
        Assert.Equal("done", docxDetail.GetProperty("extraction").GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(docxDetail.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_file_that_kills_an_extraction_worker_is_stored_as_unreadable_and_never_sent_again()
    {
        await using var ml = new ServiceFactory<MlService>();
        var mlAddress = StartOnSocket(ml);
        var pool = ml.Services.GetRequiredService<ExtractionWorkerPool>();
        using var data = new TempDirectory();
        await using var backend = StandaloneBackend.Create(Path.Combine(data.Path, "hostile.db"), mlAddress);
        var user = await backend.SignUpAsync();

        using var form = BackendApi.ResumeForm(HostileFiles.DeepType4Pdf(52_000), "resume.pdf");
        using var upload = await user.Client.PostAsync("/api/resumes", form);
        Assert.Equal(System.Net.HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var lostAfterUpload = pool.Lost;

        for (var read = 0; read < 3; read++)
        {
            var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
            var extraction = detail.GetProperty("extraction");
            Assert.Equal("failed", extraction.GetProperty("status").GetString());
            Assert.EndsWith("/too-complex", extraction.GetProperty("problem").GetString());
            Assert.Contains("could not be read", extraction.GetProperty("detail").GetString());
        }
        // One worker was lost, on the upload; the reads sent nothing, and the file is still the user's to download.
        Assert.Equal(1, lostAfterUpload);
        Assert.Equal(1, pool.Lost);
        using var file = await user.Client.GetAsync($"/api/resumes/{id}/file");
        Assert.Equal(System.Net.HttpStatusCode.OK, file.StatusCode);
    }

    private static string StartOnSocket(ServiceFactory<MlService> ml)
    {
        ml.UseKestrel(0);
        ml.StartServer();
        return ml.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
