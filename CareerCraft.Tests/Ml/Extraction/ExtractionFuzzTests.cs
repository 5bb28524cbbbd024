using CareerCraft.ExtractionFuzz;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>
/// A fixed-seed slice of the mutation fuzzer (tools/CareerCraft.ExtractionFuzz runs 10,000 cases on its own): every
/// mutated corpus file is read or refused with a 4xx ProblemDetails, never a 5xx or a dropped connection.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class ExtractionFuzzTests(MlServiceFixture ml)
{
    private const int Seed = 20_261_202;
    private const int Cases = 200;

    [Fact]
    public async Task Two_hundred_mutated_files_are_read_or_refused_cleanly_and_the_service_stays_up()
    {
        var mutator = new FileMutator(SeedFiles.Load(CorpusExpectations.CorpusPath), Seed);
        var findings = new List<string>();
        var outcomes = new Dictionary<Outcome, int>();

        foreach (var fuzzCase in mutator.Cases(Cases))
        {
            var result = await FuzzClient.PostAsync(ml.Client, fuzzCase, CancellationToken.None);
            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            if (result.Outcome is not Outcome.Read and not Outcome.Refused)
            {
                findings.Add($"case {fuzzCase.Number} ({fuzzCase.Mutation} of {fuzzCase.Seed}): {result.Outcome} {result.Status}");
            }
        }

        Assert.Empty(findings);
        // The slice must exercise both sides: files still read after mutation, and files refused.
        Assert.True(outcomes.GetValueOrDefault(Outcome.Read) > 10, $"read: {outcomes.GetValueOrDefault(Outcome.Read)}");
        Assert.True(outcomes.GetValueOrDefault(Outcome.Refused) > 10, $"refused: {outcomes.GetValueOrDefault(Outcome.Refused)}");
        using var alive = await ml.Client.GetAsync("/alive");
        Assert.True(alive.IsSuccessStatusCode);
    }
}
