using CareerCraft.Contracts;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>The failures only a reader meets (damage, limits, no text, busy workers); upload and format ones are <see cref="FileProblems"/>.</summary>
public static class ExtractionErrors
{
    /// <summary>
    /// The file went past a limit no resume comes near (nesting depth, image size, memory, time) or stopped the reader;
    /// the detail says which, without guessing whether it was malice or damage.
    /// </summary>
    public static ProblemException TooComplex(string why) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.TooComplex,
        "File too complex",
        $"The file could not be read: {why}. Export it again from your word processor (or print it to a new PDF) and upload the new copy.");

    public static ProblemException NoTextLayer(string detail) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.NoTextLayer,
        "No text layer",
        detail);

    public static ProblemException Overloaded() => new(
        StatusCodes.Status503ServiceUnavailable,
        ProblemTypes.Overloaded,
        "Service busy",
        "Too many files are being read right now; try again in a moment.");
}
