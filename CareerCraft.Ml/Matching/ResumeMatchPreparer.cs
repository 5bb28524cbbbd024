using System.Threading.Channels;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Ml.Matching;

/// <summary>
/// Embeds an analysed resume's side of a job match in the background (its lines, passages and skill names, into the
/// shared embedding cache), because matching it against a job is what a person does next: the match then embeds
/// only the job's texts (about 60 ms instead of 600 ms for a two-page resume on two cores).
/// Best effort and never in the way: a few resumes are held at most (the newest win), a resume prepared before is
/// skipped, and the work goes to the model in small pieces only while the service answers no request at all; under
/// steady traffic it gives up, and the match embeds the resume itself as it would have anyway.
/// </summary>
public sealed partial class ResumeMatchPreparer(
    JobMatcher matcher,
    MicroBatchingEmbedder embedder,
    JobEmbeddingCache cache,
    RequestsInFlight requests,
    ILogger<ResumeMatchPreparer> logger) : BackgroundService, IResumeReadListener
{
    private const int HeldResumes = 4;
    private const int TextsPerInference = 8;
    private static readonly TimeSpan BusyPause = TimeSpan.FromMilliseconds(50);
    // A resume not prepared within this long, on a machine this busy, is left to its match.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);
    // The cache entry that says "this resume was prepared"; its value is never read.
    private static readonly float[] Prepared = [];

    private readonly Channel<string> _resumes = Channel.CreateBounded<string>(new BoundedChannelOptions(HeldResumes)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropOldest,
    });

    public void ResumeRead(string resumeText)
    {
        if (cache.Enabled)
        {
            _resumes.Writer.TryWrite(resumeText);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var resume in _resumes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await PrepareAsync(resume, stoppingToken);
            }
            catch (EmbeddingQueueFullException)
            {
                // Requests arrived while a piece was queued: they matter more than this resume.
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPreparationFailed(ex);
            }
        }
    }

    private async Task PrepareAsync(string resume, CancellationToken stoppingToken)
    {
        // The same resume analysed again (a person re-checking, a client retrying) costs one hash, not a re-reading.
        var marker = JobEmbeddingCache.ResumeKey(resume) + ":prepared";
        if (cache.TryGet(marker, out _))
        {
            return;
        }
        var deadline = DateTime.UtcNow + GiveUpAfter;
        if (!await QuietAsync(deadline, stoppingToken))
        {
            return;
        }
        // The cache embeds only what it lacks (lines another resume shares cost nothing).
        foreach (var piece in matcher.ResumeTexts(resume).Chunk(TextsPerInference))
        {
            if (!await QuietAsync(deadline, stoppingToken))
            {
                return;
            }
            await cache.EmbedAsync(embedder, piece, stoppingToken);
        }
        cache.Set(marker, Prepared);
    }

    /// <summary>Waits until no request is being answered and nothing is queued for the model; false at the deadline.</summary>
    private async Task<bool> QuietAsync(DateTime deadline, CancellationToken stoppingToken)
    {
        while (requests.Any || embedder.QueueLength > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(BusyPause, stoppingToken);
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing a resume for job matching failed; its match will embed it instead")]
    private partial void LogPreparationFailed(Exception error);
}
