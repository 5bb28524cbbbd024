using CareerCraft.Contracts;
using System.Diagnostics;
using System.Net;
using CareerCraft.Ml;
using CareerCraft.Ml.Extraction.Workers;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Tests.Infrastructure;
using static CareerCraft.Tests.Ml.Extraction.ExtractionHttp;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>
/// The worker pool's own limits on a service of one worker: the deadline kill, recycling, a worker that dies while
/// idle, and the start-up check of the memory ceiling. Workers are stopped and killed with real signals.
/// </summary>
public sealed class WorkerPoolTests
{
    private static ServiceFactory<MlService> OneWorker() => new ServiceFactory<MlService>()
        .WithSetting("Ml:Extraction:MaxConcurrency", "1");

    [Fact]
    public async Task A_worker_that_overstays_the_deadline_is_killed_and_replaced()
    {
        await using var factory = OneWorker()
            .WithSetting("Ml:Extraction:TimeBudget", "00:00:01")
            .WithSetting("Ml:Extraction:Workers:KillGrace", "00:00:01");
        using var client = factory.CreateAuthenticatedClient();
        var pool = (ExtractionWorkerPool)factory.Services.GetService(typeof(ExtractionWorkerPool))!;
        var stuck = Assert.Single(pool.ProcessIds);
        // A stopped process answers nothing, like one stuck inside a page.
        Signal("STOP", stuck);

        using var response = await PostFileAsync(client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ReadJsonAsync(response);
        Assert.Equal(ProblemTypes.TooComplex, problem.GetProperty("type").GetString());
        Assert.Contains("took longer than the 2 s", problem.GetProperty("detail").GetString());
        Assert.True(Process.GetProcesses().All(p => p.Id != stuck) || HasExited(stuck), "the stuck worker was killed");

        // A timeout may be the machine's fault: the same file is read by the replacement.
        await WaitUntilAsync(() => pool.Alive == 1);
        using var next = await PostFileAsync(client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.DoesNotContain(stuck, pool.ProcessIds);
    }

    [Fact]
    public async Task Files_past_the_workers_and_the_queue_get_503_with_retry_after()
    {
        await using var factory = OneWorker()
            .WithSetting("Ml:Extraction:QueueLimit", "0")
            .WithSetting("Ml:Extraction:TimeBudget", "00:00:01")
            .WithSetting("Ml:Extraction:Workers:KillGrace", "00:00:02");
        using var client = factory.CreateAuthenticatedClient();
        var pool = (ExtractionWorkerPool)factory.Services.GetService(typeof(ExtractionWorkerPool))!;
        Signal("STOP", Assert.Single(pool.ProcessIds));
        var pdf = CorpusExpectations.Read("pdf/rm_john_doe.pdf");

        var first = PostFileAsync(client, pdf, "first.pdf");
        await WaitUntilAsync(() => pool.InFlight == 1);
        using var second = await PostFileAsync(client, pdf, "second.pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(ProblemTypes.Overloaded, (await ReadJsonAsync(second)).GetProperty("type").GetString());
        Assert.NotNull(second.Headers.RetryAfter);
        using var stuck = await first;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stuck.StatusCode);
    }

    [Fact]
    public async Task A_worker_that_died_while_idle_costs_no_file_a_422()
    {
        await using var factory = OneWorker();
        using var client = factory.CreateAuthenticatedClient();
        var pool = (ExtractionWorkerPool)factory.Services.GetService(typeof(ExtractionWorkerPool))!;
        var victim = Assert.Single(pool.ProcessIds);
        Signal("KILL", victim);
        await WaitUntilAsync(() => HasExited(victim));

        using var response = await PostFileAsync(client, CorpusExpectations.Read("docx/rm_Vikram_Balasubramanian.docx"), "resume.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, pool.Lost);
    }

    [Fact]
    public async Task Workers_are_replaced_after_their_quota_of_files()
    {
        await using var factory = OneWorker().WithSetting("Ml:Extraction:Workers:FilesPerWorker", "1");
        using var client = factory.CreateAuthenticatedClient();
        var pool = (ExtractionWorkerPool)factory.Services.GetService(typeof(ExtractionWorkerPool))!;
        var seen = new HashSet<int>();

        for (var i = 0; i < 3; i++)
        {
            await WaitUntilAsync(() => pool.Alive == 1);
            seen.Add(Assert.Single(pool.ProcessIds));
            using var response = await PostFileAsync(client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), $"john-{i}.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(0, pool.Lost);
    }

    [Fact]
    public async Task Health_names_the_running_workers_and_their_memory_ceiling()
    {
        await using var factory = OneWorker().WithSetting("Ml:Extraction:Workers:MemoryLimitMegabytes", "300");
        using var client = factory.CreateClient();
        var health = await ReadJsonAsync(await client.GetAsync("/health"));
        var workers = health.GetProperty("checks").GetProperty("extraction-workers");
        Assert.Equal("Healthy", workers.GetProperty("status").GetString());
        Assert.Equal("1 of 1 extraction workers running, 300 MB each", workers.GetProperty("description").GetString());
    }

    [Fact]
    public void A_memory_ceiling_too_small_for_the_pool_stops_start_up()
    {
        using var factory = new ServiceFactory<MlService>()
            .WithSetting("Ml:Extraction:MaxConcurrency", "4")
            .WithSetting("Ml:Extraction:Workers:MemoryLimitMegabytes", "512");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("gives each of the 4 extraction workers 128 MB", error.ToString());
    }

    // The signals by their Linux numbers, sent with libc's kill(2): no dependence on a kill binary being installed.
    private static void Signal(string signal, int pid)
    {
        var number = signal switch
        {
            "KILL" => 9,
            "STOP" => 19,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
        };
        Assert.Equal(0, Kill(pid, number));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static bool HasExited(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition());
    }
}
