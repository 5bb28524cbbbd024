using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace CareerCraft.Bench.Embeddings;

public readonly record struct Slice(int Texts, double Seconds, double CpuSeconds)
{
    public static Slice operator +(Slice a, Slice b) => new(a.Texts + b.Texts, a.Seconds + b.Seconds, a.CpuSeconds + b.CpuSeconds);
}

/// <summary>Wall clock and this process's CPU time, for the contenders that run in this process.</summary>
internal readonly struct SliceClock
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public SliceClock()
    {
    }

    public double Seconds => Stopwatch.GetElapsedTime(_started).TotalSeconds;

    public Slice Stop(int texts) => new(texts, Seconds, (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds);
}

/// <summary>One way of embedding texts, measured in short slices so that contenders can take turns.</summary>
public interface IContender : IAsyncDisposable
{
    string Name { get; }

    Task PrepareAsync(IReadOnlyList<string> texts, int batch);

    /// <summary>
    /// Embeds batches of <paramref name="batch"/> texts for about <paramref name="seconds"/>; answers the texts done,
    /// the wall-clock seconds and the CPU seconds the contender's process used meanwhile.
    /// </summary>
    Task<Slice> MeasureAsync(int batch, double seconds);
}

/// <summary>Ours, end to end: <see cref="MicroBatchingEmbedder"/> tokenizes, queues, batches, infers, pools.</summary>
public sealed class OursContender(MicroBatchingEmbedder embedder) : IContender
{
    private List<List<string>> _batches = [];
    private int _next;

    public string Name => "ours";

    public async Task PrepareAsync(IReadOnlyList<string> texts, int batch)
    {
        _batches = texts.Chunk(batch).Where(c => c.Length == batch).Select(c => c.ToList()).ToList();
        await embedder.EmbedAsync(_batches[0]);
    }

    public async Task<Slice> MeasureAsync(int batch, double seconds)
    {
        var done = 0;
        var clock = new SliceClock();
        do
        {
            await embedder.EmbedAsync(_batches[_next++ % _batches.Count]);
            done += batch;
        }
        while (clock.Seconds < seconds);
        return clock.Stop(done);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The floor: the same model in a bare ONNX Runtime session with the same options, fed tensors built before timing.
/// Only <c>session.Run</c> is measured: no tokenization, no pooling, no queue.
/// </summary>
public sealed class BareSessionContender : IContender
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private readonly InferenceSession _session;
    private readonly Microsoft.ML.OnnxRuntime.SessionOptions _options;
    private readonly RunOptions _runOptions = new();
    private readonly MiniLmTokenizer _tokenizer;
    private List<(OrtValue[] Inputs, OrtValue Output)> _batches = [];
    private int _next;

    public BareSessionContender(string modelDirectory, string modelFile, MiniLmTokenizer tokenizer, int threads)
    {
        _tokenizer = tokenizer;
        _options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
        };
        _session = new InferenceSession(Path.Combine(modelDirectory, modelFile), _options);
    }

    public string Name => "bare session";

    public Task PrepareAsync(IReadOnlyList<string> texts, int batch)
    {
        Release();
        // Every batch the other contenders embed, so all of them see the same lengths.
        foreach (var chunk in texts.Chunk(batch).Where(c => c.Length == batch))
        {
            var ids = chunk.Select(_tokenizer.Encode).ToList();
            var length = ids.Max(i => i.Length);
            var inputIds = new long[batch * length];
            var mask = new long[batch * length];
            for (var row = 0; row < batch; row++)
            {
                for (var t = 0; t < ids[row].Length; t++)
                {
                    inputIds[row * length + t] = ids[row][t];
                    mask[row * length + t] = 1;
                }
            }
            long[] shape = [batch, length];
            _batches.Add((
                [OrtValue.CreateTensorValueFromMemory(inputIds, shape), OrtValue.CreateTensorValueFromMemory(mask, shape),
                 OrtValue.CreateTensorValueFromMemory(new long[batch * length], shape)],
                OrtValue.CreateTensorValueFromMemory(new float[batch * length * 384], [batch, length, 384])));
        }
        Run(_batches[0]);
        return Task.CompletedTask;
    }

    public Task<Slice> MeasureAsync(int batch, double seconds)
    {
        var done = 0;
        var clock = new SliceClock();
        do
        {
            Run(_batches[_next++ % _batches.Count]);
            done += batch;
        }
        while (clock.Seconds < seconds);
        return Task.FromResult(clock.Stop(done));
    }

    private void Run((OrtValue[] Inputs, OrtValue Output) batch) =>
        _session.Run(_runOptions, InputNames, batch.Inputs, OutputNames, [batch.Output]);

    private void Release()
    {
        foreach (var (inputs, output) in _batches)
        {
            foreach (var value in inputs)
            {
                value.Dispose();
            }
            output.Dispose();
        }
        _batches = [];
    }

    public ValueTask DisposeAsync()
    {
        Release();
        _session.Dispose();
        _options.Dispose();
        _runOptions.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A contender in a process of its own (transformers.js in node, or the bare session in this program's --floor mode),
/// driven line by line over its standard input, so that its CPU time is its own.
/// </summary>
public sealed class ChildProcessContender : IContender
{
    private readonly Process _process;

    public ChildProcessContender(string name, string fileName, params string[] arguments)
    {
        Name = name;
        var start = new ProcessStartInfo(fileName) { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        Read();
    }

    public string Name { get; }

    public Task PrepareAsync(IReadOnlyList<string> texts, int batch)
    {
        Send(new { texts });
        Send(new { batch, seconds = 0 });
        return Task.CompletedTask;
    }

    public Task<Slice> MeasureAsync(int batch, double seconds)
    {
        var answer = Send(new { batch, seconds });
        return Task.FromResult(new Slice(
            answer.GetProperty("texts").GetInt32(), answer.GetProperty("seconds").GetDouble(), answer.GetProperty("cpuSeconds").GetDouble()));
    }

    private JsonElement Send(object command)
    {
        _process.StandardInput.WriteLine(JsonSerializer.Serialize(command));
        _process.StandardInput.Flush();
        return Read();
    }

    private JsonElement Read()
    {
        var line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"The {Name} process exited.");
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

/// <summary>Serves a contender over standard input and output with peer.mjs's protocol (the --floor mode).</summary>
public static class ContenderServer
{
    public static async Task RunAsync(IContender contender)
    {
        Console.WriteLine(JsonSerializer.Serialize(new { ready = true }));
        IReadOnlyList<string> texts = ["warm-up"];
        while (Console.ReadLine() is { } line)
        {
            var command = JsonDocument.Parse(line).RootElement;
            if (command.TryGetProperty("texts", out var list))
            {
                texts = list.EnumerateArray().Select(t => t.GetString()!).ToList();
                Console.WriteLine(JsonSerializer.Serialize(new { ok = true }));
                continue;
            }
            var batch = command.GetProperty("batch").GetInt32();
            var seconds = command.GetProperty("seconds").GetDouble();
            if (seconds == 0)
            {
                await contender.PrepareAsync(texts, batch);
            }
            var slice = await contender.MeasureAsync(batch, seconds);
            Console.WriteLine(JsonSerializer.Serialize(new { texts = slice.Texts, seconds = slice.Seconds, cpuSeconds = slice.CpuSeconds }));
        }
    }
}
