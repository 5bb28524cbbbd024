using System.Globalization;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// The command line: <c>--cases N --seconds S --seed K --concurrency C --corpus DIR --ml EXE --report FILE
/// --findings DIR --mutations a,b</c> (the inputs of findings are written there, to reproduce them; only the named
/// mutations, e.g. <c>hostile</c> to measure what other users feel during an attack).
/// </summary>
public sealed record FuzzOptions(
    int Cases, TimeSpan Budget, int Seed, int Concurrency, string Corpus, string MlExecutable, string? Report, string? Findings, IReadOnlyList<string> Mutations)
{
    public static FuzzOptions Parse(string[] args, string repositoryRoot)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new FuzzOptions(
            Number("--cases", 10_000),
            TimeSpan.FromSeconds(Number("--seconds", 1_800)),
            Number("--seed", 1),
            Number("--concurrency", 2),
            Value("--corpus") ?? Path.Combine(repositoryRoot, "CareerCraft.Tests", "TestData", "corpus"),
            Value("--ml") ?? Path.Combine(repositoryRoot, "CareerCraft.Ml", "bin", "Release", "net10.0", "CareerCraft.Ml"),
            Value("--report"),
            Value("--findings"),
            Value("--mutations")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
    }
}
