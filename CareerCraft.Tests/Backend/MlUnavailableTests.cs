using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

public sealed class MlUnavailableTests
{
    [Fact]
    public async Task With_the_ml_service_down_uploads_still_succeed_and_text_stays_pending()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "ml-down.db"), StandaloneBackend.UnreachableMl);
        var user = await factory.SignUpAsync();

        var created = await user.UploadAsync("rm_john_doe.pdf");

        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{created.GetProperty("id").GetString()}");
        Assert.Equal("pending", detail.GetProperty("extraction").GetProperty("status").GetString());
        // The upload was the first attempt; the next waits out the back-off instead of coming with this read.
        Assert.Equal(1, detail.GetProperty("extraction").GetProperty("attempts").GetInt32());
        Assert.True(detail.GetProperty("extraction").GetProperty("nextAttemptAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("text").ValueKind);
        Assert.Equal(created.GetProperty("size").GetInt64(), (await user.Client.GetByteArrayAsync($"/api/resumes/{created.GetProperty("id").GetString()}/file")).Length);
    }

    [Theory]
    [InlineData("Ml:ExtractMaxAttempts", "0")]
    [InlineData("Ml:ExtractRetryMaxDelaySeconds", "10")]
    public void A_retry_schedule_that_makes_no_sense_stops_start_up(string key, string value)
    {
        using var data = new TempDirectory();
        using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "bad-retry.db")).WithSetting(key, value);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(key["Ml:".Length..], error.ToString());
    }
}
