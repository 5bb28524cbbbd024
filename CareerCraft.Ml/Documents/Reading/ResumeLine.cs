namespace CareerCraft.Ml.Documents.Reading;

/// <summary>One logical line of the resume: bullet markers stripped, wrapped bullet text joined back.</summary>
/// <param name="Text">The text without its bullet marker.</param>
/// <param name="IsBullet">Whether the line was a list item (•, -, *, 1., ...).</param>
/// <param name="BlankBefore">Whether an empty line preceded it (blocks and paragraphs end there).</param>
public sealed record ResumeLine(string Text, bool IsBullet, bool BlankBefore)
{
    public int WordCount { get; } = TextTools.CountWords(Text);
}
