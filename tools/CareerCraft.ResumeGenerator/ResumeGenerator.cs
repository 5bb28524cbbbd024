using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>A generated resume: its answer key and the lines it shows.</summary>
public sealed record GeneratedResume(ResumeTruth Truth, ResumePlan Plan);

/// <summary>The generator's front door: seeds of a half, and the resume of a seed.</summary>
public static class ResumeFactory
{
    private static readonly ResumeComposer Composer = new(Vocabulary.Shared);

    /// <summary>The first <paramref name="count"/> seeds of a half: even for fit, odd for held-out.</summary>
    public static IEnumerable<int> Seeds(SetHalf half, int count) =>
        Enumerable.Range(0, count).Select(i => 2 * i + (half == SetHalf.Fit ? 0 : 1));

    public static GeneratedResume Generate(int seed)
    {
        var composed = Composer.Compose(seed);
        return new GeneratedResume(composed.Truth, PlanBuilder.Build(composed));
    }
}
