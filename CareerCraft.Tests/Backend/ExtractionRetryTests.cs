using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Backend.Resumes;
using CareerCraft.Backend.Storage;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// A backend of its own whose resume clock the tests move, with its own fake ML service, so the fake's request count
/// is exactly the number of times a file was sent for its text. Only the resume service gets the moved clock: tokens
/// are issued on the service's clock but validated on the system's, so moving every clock would date new tokens ahead.
/// </summary>
public sealed class ExtractionRetryFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    public FakeMlService Ml { get; private set; } = null!;

    public AdjustableClock Clock { get; } = new();

    public ReadGate Reads { get; } = new();

    public ServiceFactory<BackendService> Factory { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_data.Path, "extraction.db");

    public async Task InitializeAsync()
    {
        Ml = await FakeMlService.StartAsync();
        Factory = StandaloneBackend.Create(DatabasePath, Ml.BaseUrl)
            .WithSetting("Ml:ReadRetryTimeoutSeconds", "2")
            .WithServices(services => services.AddScoped(sp => ActivatorUtilities.CreateInstance<ResumeService>(
                sp, (TimeProvider)Clock, (IResumeRepository)new GatedResumeReads(sp.GetRequiredService<IResumeRepository>(), Reads))));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Ml.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

/// <summary>
/// A file the ML service refuses is failed for good; one it could not read (down, dropped, overloaded) is asked again
/// on a read only after a growing wait, a capped number of times, and each attempt sends the file exactly once.
/// </summary>
public sealed class ExtractionRetryTests : IClassFixture<ExtractionRetryFixture>
{
    private const string TestFile = "rm_john_doe.pdf";

    /// <summary>The defaults: 30 s, then five times longer each time, capped at an hour; five attempts in all.</summary>
    private static readonly TimeSpan[] Waits = [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(750), TimeSpan.FromHours(1)];

    private readonly ExtractionRetryFixture _fixture;
    private readonly FakeMlService _ml;

    public ExtractionRetryTests(ExtractionRetryFixture fixture)
    {
        _fixture = fixture;
        _ml = fixture.Ml;
        _ml.Behaviour = FakeMlService.Mode.Up;
        _ml.ErrorStatus = 503;
        _ml.RefusalStatus = 422;
    }

    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    [InlineData(415)]
    [InlineData(422)]
    public async Task A_verdict_on_the_file_is_final_with_its_reason_and_the_file_is_never_sent_again(int status)
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = FakeMlService.Mode.RefusesFile;
        _ml.RefusalStatus = status;
        var calls = _ml.Calls;

        var id = await UploadAsync(user);
        Assert.Equal(calls + 1, _ml.Calls);

        // Even a healthy ML service is not asked again, however much later the resume is read.
        _ml.Behaviour = FakeMlService.Mode.Up;
        for (var read = 0; read < 3; read++)
        {
            var extraction = await ExtractionAsync(user, id);
            Assert.Equal("failed", extraction.GetProperty("status").GetString());
            Assert.Equal(FakeMlService.RefusalType, extraction.GetProperty("problem").GetString());
            Assert.Equal(FakeMlService.RefusalDetail, extraction.GetProperty("detail").GetString());
            Assert.Equal(JsonValueKind.Null, extraction.GetProperty("nextAttemptAt").ValueKind);
            _fixture.Clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Equal(calls + 1, _ml.Calls);
        await AssertDownloadableAsync(user, id);
    }

    public static TheoryData<FakeMlService.Mode, int> Outages => new()
    {
        { FakeMlService.Mode.DropsConnection, 0 },
        { FakeMlService.Mode.Erroring, 503 },
        { FakeMlService.Mode.Erroring, 500 },
        { FakeMlService.Mode.Erroring, 429 },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task Without_a_verdict_the_file_is_sent_once_per_attempt_with_growing_waits_until_the_cap(FakeMlService.Mode mode, int status)
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = mode;
        _ml.ErrorStatus = status;
        var calls = _ml.Calls;

        var id = await UploadAsync(user);
        // Once: the HTTP pipeline does not retry a dropped connection or a 5xx on its own.
        Assert.Equal(calls + 1, _ml.Calls);

        var extraction = await ExtractionAsync(user, id);
        for (var attempt = 2; attempt <= Waits.Length + 1; attempt++)
        {
            Assert.Equal("pending", extraction.GetProperty("status").GetString());
            Assert.Equal(attempt - 1, extraction.GetProperty("attempts").GetInt32());
            var wait = extraction.GetProperty("nextAttemptAt").GetDateTimeOffset() - _fixture.Clock.GetUtcNow();
            Assert.InRange(wait, Waits[attempt - 2] - TimeSpan.FromSeconds(10), Waits[attempt - 2]);

            // Read just before the wait is over: the file is not sent.
            _fixture.Clock.Advance(wait - TimeSpan.FromSeconds(5));
            Assert.Equal("pending", (await ExtractionAsync(user, id)).GetProperty("status").GetString());
            Assert.Equal(calls + attempt - 1, _ml.Calls);

            _fixture.Clock.Advance(TimeSpan.FromSeconds(6));
            extraction = await ExtractionAsync(user, id);
            Assert.Equal(calls + attempt, _ml.Calls);
        }

        Assert.Equal("failed", extraction.GetProperty("status").GetString());
        Assert.EndsWith("/extraction-abandoned", extraction.GetProperty("problem").GetString());
        Assert.Contains("5 attempts", extraction.GetProperty("detail").GetString());
        _ml.Behaviour = FakeMlService.Mode.Up;
        _fixture.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal("failed", (await ExtractionAsync(user, id)).GetProperty("status").GetString());
        Assert.Equal(calls + 5, _ml.Calls);
        await AssertDownloadableAsync(user, id);
    }

    [Fact]
    public async Task A_pending_resume_gets_its_text_on_the_first_read_after_the_wait()
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = FakeMlService.Mode.Erroring;
        var calls = _ml.Calls;
        var id = await UploadAsync(user);
        _ml.Behaviour = FakeMlService.Mode.Up;

        Assert.Equal("pending", (await ExtractionAsync(user, id)).GetProperty("status").GetString());
        Assert.Equal(calls + 1, _ml.Calls);

        _fixture.Clock.Advance(Waits[0] + TimeSpan.FromSeconds(1));
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");

        Assert.Equal("done", detail.GetProperty("extraction").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("extraction").GetProperty("attempts").ValueKind);
        Assert.Equal(FakeMlService.ExpectedText(TestFile, new FileInfo(BackendApi.TestDataPath(TestFile)).Length), detail.GetProperty("text").GetString());
        _fixture.Clock.Advance(TimeSpan.FromHours(2));
        await ExtractionAsync(user, id);
        Assert.Equal(calls + 2, _ml.Calls);
    }

    [Fact]
    public async Task A_hanging_ml_service_does_not_hold_a_read_past_the_retry_bound_and_the_attempt_counts()
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = FakeMlService.Mode.Erroring;
        var id = await UploadAsync(user);
        _ml.Behaviour = FakeMlService.Mode.Hangs;
        _fixture.Clock.Advance(Waits[0] + TimeSpan.FromSeconds(1));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var extraction = await ExtractionAsync(user, id);
        clock.Stop();

        Assert.Equal("pending", extraction.GetProperty("status").GetString());
        Assert.Equal(2, extraction.GetProperty("attempts").GetInt32());
        // Bound is 2 s here; unbounded, the ML client's own timeout would hold the read for a minute.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the read took {clock.Elapsed}");
    }

    [Fact]
    public async Task Concurrent_reads_of_a_due_resume_send_the_file_once()
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = FakeMlService.Mode.Erroring;
        var id = await UploadAsync(user);
        _ml.Behaviour = FakeMlService.Mode.Hangs;
        _fixture.Clock.Advance(Waits[0] + TimeSpan.FromSeconds(1));
        var calls = _ml.Calls;

        // All five have read the resume as pending and due before any goes on.
        _fixture.Reads.Arm(5);
        var reads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ExtractionAsync(user, id)));

        Assert.Equal(calls + 1, _ml.Calls);
        Assert.All(reads, r => Assert.Equal("pending", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_pending_record_from_before_the_retry_schedule_is_due_at_once()
    {
        var user = await _fixture.Factory.SignUpAsync();
        _ml.Behaviour = FakeMlService.Mode.Erroring;
        var id = await UploadAsync(user);
        await using (var connection = new SqliteConnection($"Data Source={_fixture.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var strip = connection.CreateCommand();
            strip.CommandText = "UPDATE resumes SET doc = json_remove(doc, '$.extractionAttempts', '$.nextExtractionAt', '$.extractionDetail') WHERE id = $id;";
            strip.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await strip.ExecuteNonQueryAsync());
        }
        _ml.Behaviour = FakeMlService.Mode.Up;
        var calls = _ml.Calls;

        var extraction = await ExtractionAsync(user, id);

        Assert.Equal("done", extraction.GetProperty("status").GetString());
        Assert.Equal(calls + 1, _ml.Calls);
    }

    private static async Task<string> UploadAsync(TestUser user) => (await user.UploadAsync(TestFile)).GetProperty("id").GetString()!;

    private static async Task<JsonElement> ExtractionAsync(TestUser user, string id) =>
        (await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}")).GetProperty("extraction");

    private static async Task AssertDownloadableAsync(TestUser user, string id) =>
        Assert.Equal(await File.ReadAllBytesAsync(BackendApi.TestDataPath(TestFile)), await user.Client.GetByteArrayAsync($"/api/resumes/{id}/file"));
}
