using System.Diagnostics;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// What a format reader produced, before shared normalisation and the character cap. <c>Lines</c>: the logical lines
/// with their layout, or null where a page was read without one (OCR) or its drawing order could not be trusted.
/// </summary>
internal sealed record ExtractedDocument(int PageCount, string Text, bool Ocr, IReadOnlyList<string> Warnings, IReadOnlyList<LayoutLine>? Lines = null);

/// <summary>The wall-clock budget of one extraction, checked between pages.</summary>
internal readonly struct Deadline(long startTimestamp, TimeSpan budget)
{
    public static Deadline Start(TimeSpan budget) => new(Stopwatch.GetTimestamp(), budget);

    public TimeSpan Budget => budget;

    public bool Passed => Stopwatch.GetElapsedTime(startTimestamp) > budget;
}
