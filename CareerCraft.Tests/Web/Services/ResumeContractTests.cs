using System.Text.Json;
using CareerCraft.Backend.Storage;
using CareerCraft.Backend.Resumes;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Tests.Web.Services;

/// <summary>What the backend writes for a stored resume reads back into the shared contract the web uses, field for field.</summary>
public sealed class ResumeContractTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_failed_extraction_reaches_the_web_with_its_type_and_reason()
    {
        var resume = new Resume
        {
            Id = "r1", Name = "cv", FileName = "cv.pdf", ContentType = "application/pdf", Size = 10, UploadedAt = T0, Storage = "database",
            Extraction = ExtractionStatus.Failed, ExtractionProblem = "https://careercraft.dev/problems/password-protected",
            ExtractionDetail = "The PDF needs a password.", ExtractionAttempts = 1,
        };

        var read = RoundTrip(resume).Extraction!;

        Assert.Equal(ExtractionStatuses.Failed, read.Status);
        Assert.Equal("https://careercraft.dev/problems/password-protected", read.Problem);
        Assert.Equal("The PDF needs a password.", read.Detail);
        Assert.Null(read.Attempts);
    }

    [Fact]
    public void A_pending_extraction_reaches_the_web_with_its_schedule()
    {
        var resume = new Resume { Id = "r1", UploadedAt = T0, Extraction = ExtractionStatus.Pending, ExtractionAttempts = 2, NextExtractionAt = T0.AddMinutes(3) };

        var read = RoundTrip(resume).Extraction!;

        Assert.Equal(ExtractionStatuses.Pending, read.Status);
        Assert.Equal(2, read.Attempts);
        Assert.Equal(T0.AddMinutes(3), read.NextAttemptAt);
    }

    private static ResumeDetail RoundTrip(Resume resume) =>
        JsonSerializer.Deserialize<ResumeDetail>(JsonSerializer.Serialize(ResumeResponses.Detail(resume), Json), Json)!;
}
