using CareerCraft.Contracts;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Numerics.Tensors;
using System.Text.Json;
using CareerCraft.Ml;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Embeddings;

[Collection(MlCollection.Name)]
public sealed class MicroBatchingTests(MlServiceFixture ml)
{
    private static readonly string[] Texts = Enumerable.Range(0, 24)
        .Select(i => i % 3 == 0
            ? $"Requirement {i}: designed, implemented and operated distributed payment services with Kafka and PostgreSQL for {i} years."
            : $"Sentence number {i} about nursing, teaching or accounting work.")
        .ToArray();

    private const int BusyBatch = 32;
    private static readonly string BusyText = string.Join(' ', Enumerable.Repeat("Led the migration of billing services to Kubernetes.", 20));

    [Fact]
    public async Task Concurrent_requests_get_the_same_vectors_as_single_requests_and_share_inferences()
    {
        var embedder = ml.GetService<ITextEmbedder>();
        var single = new List<float[]>();
        foreach (var text in Texts)
        {
            single.Add((await embedder.EmbedAsync([text]))[0]);
        }

        var batchSizes = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EmbeddingTelemetry.Name && instrument.Name == "careercraft.embeddings.batch.size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => { lock (batchSizes) { batchSizes.Add(size); } });
        listener.Start();

        // An idle engine runs a lone request at once, on its own; sharing is for requests that arrive while it is busy.
        // So the engine is kept busy (one full batch of long texts, its own inference of 32) while they arrive:
        // otherwise a fast CPU answers each before the next comes and nothing is left to share.
        var engine = ml.GetService<MicroBatchingEmbedder>();
        var busy = Task.Run(() => embedder.EmbedAsync(Enumerable.Repeat(BusyText, BusyBatch).ToArray()));
        while (engine.QueueLength < BusyBatch && !busy.IsCompleted)
        {
            await Task.Delay(1);
        }
        var concurrent = await Task.WhenAll(Texts.Select(text => Task.Run(() => embedder.EmbedAsync([text]))));
        await busy;
        listener.Dispose();

        for (var i = 0; i < Texts.Length; i++)
        {
            var vector = concurrent[i][0];
            Assert.Equal(single[i].Length, vector.Length);
            if (new EmbeddingOptions().Model.Precision == ModelPrecision.Fp32)
            {
                for (var d = 0; d < vector.Length; d++)
                {
                    // Batched rows are padded and masked, which may change float rounding but nothing more.
                    Assert.True(Math.Abs(single[i][d] - vector[d]) < 1e-4f, $"text {i}, dimension {d}: {single[i][d]} vs {vector[d]}");
                }
            }
            else
            {
                // int8 quantizes activations over the whole batch, so a text's vector moves a little with its batch
                // mates: within the quality gate's bound, never more.
                Assert.True(TensorPrimitives.CosineSimilarity(single[i], vector) >= 0.99f, $"text {i}: batched vector moved too far");
            }
        }
        Assert.Contains(batchSizes, size => size > 1 && size <= Texts.Length);
    }

    [Fact]
    public async Task One_call_with_many_texts_keeps_input_order()
    {
        var embedder = ml.GetService<ITextEmbedder>();
        var reversed = Texts.Reverse().ToArray();
        var forward = await embedder.EmbedAsync(Texts);
        var backward = await embedder.EmbedAsync(reversed);
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(forward[i], backward[Texts.Length - 1 - i], (a, b) => Math.Abs(a - b) < 1e-4f);
        }
    }

    [Fact]
    public async Task An_inference_is_in_the_trace_of_the_request_it_serves()
    {
        var embedder = ml.GetService<ITextEmbedder>();
        var inferences = new List<Activity>();
        using var source = new ActivitySource("CareerCraft.Tests.Embeddings");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is EmbeddingTelemetry.Name or "CareerCraft.Tests.Embeddings",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.OperationName == "embeddings.inference") { lock (inferences) { inferences.Add(a); } } },
        };
        ActivitySource.AddActivityListener(listener);

        ActivityContext request;
        using (var match = source.StartActivity("POST /jobs/match", ActivityKind.Server)!)
        {
            request = match.Context;
            await embedder.EmbedAsync([$"A text no other test embeds: {Guid.NewGuid()}"]);
        }

        // The worker ran it outside the request, yet it is the request's child (so the dashboard draws it there).
        Activity inference;
        lock (inferences)
        {
            inference = Assert.Single(inferences, a => a.TraceId == request.TraceId);
        }
        Assert.Equal(request.SpanId, inference.ParentSpanId);
        Assert.DoesNotContain(inference.Links, l => l.Context == request);
    }

    [Fact]
    public void A_batch_is_the_child_of_its_first_request_and_links_to_every_other_one()
    {
        static ActivityContext Context() => new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var (first, second, third) = (Context(), Context(), Context());
        PendingEmbedding[] owners = [new(1, default), new(2, first), new(1, second), new(1, first), new(1, third)];
        var batch = new List<EmbeddingWork>
        {
            new([1], new float[1], owners[0]), new([1], new float[1], owners[1]), new([1], new float[1], owners[1]),
            new([1], new float[1], owners[2]), new([1], new float[1], owners[3]), new([1], new float[1], owners[4]),
        };

        var (parent, links) = BatchInference.Callers(batch, 0, batch.Count);
        Assert.Equal(first, parent);
        Assert.Equal([second, third], links.Select(l => l.Context));

        // A group of the batch that serves no traced request is a root, as before.
        Assert.Equal((default(ActivityContext), 0), (BatchInference.Callers(batch, 0, 1).Parent, BatchInference.Callers(batch, 0, 1).Links.Count));
    }
}

/// <summary>A service with a tiny queue: concurrent work beyond it is refused with 503, not queued without bound.</summary>
public sealed class FullQueueTests
{
    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_and_the_rest_succeed()
    {
        await using var factory = new ServiceFactory<MlService>()
            .WithSetting("Ml:QueueCapacity", "40")
            .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
            .WithSetting("Ml:RateLimit:Burst", "10000");
        var client = factory.CreateAuthenticatedClient();

        // Each request needs 31 queue places (its resume and 30 new jobs), so two never fit at once. A machine busy
        // with other tests may start a wave's requests one after the other; another wave then still overlaps them.
        var responses = new List<HttpResponseMessage>();
        for (var wave = 0; wave < 5 && !responses.Exists(r => r.StatusCode == HttpStatusCode.ServiceUnavailable); wave++)
        {
            responses.AddRange(await Task.WhenAll(Enumerable.Range(0, 12).Select(r => client.PostAsJsonAsync("/jobs/rank", new
            {
                resumeText = "Registered nurse with intensive care experience.",
                jobs = Enumerable.Range(0, 30).Select(j => new { id = $"{j}", description = $"Wave {wave}, request {r}, job {j}: staff nurse on ward {j}." }).ToArray(),
            }))));
        }

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.NotEmpty(refused);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        foreach (var response in refused)
        {
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ProblemTypes.Overloaded, problem.GetProperty("type").GetString());
        }
        responses.ForEach(r => r.Dispose());
    }
}
