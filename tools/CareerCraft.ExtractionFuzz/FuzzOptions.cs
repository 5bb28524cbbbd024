using System.Globalization;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// The command line: <c>--cases N --seconds S --seed K --concurrency C --corpus DIR --ml EXE --report FILE
/// --findings DIR</c> (the inputs of findings are written there, to reproduce them).
/// </summary>
public sealed record FuzzOptions(int Cases, TimeSpan Budget, int Seed, int Concurrency, string Corpus, string MlExecutable, string? Report, string? Findings)
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
            Value("--findings"));
    }
}
