using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Documents.Reading;

public static class ResumeReading
{
    /// <summary>
    /// The resume's sentences as matching and ranking compare them with jobs: its lines as the analysis reads them
    /// (wrapped bullets joined, headings left out), each cut into its sentences.
    /// </summary>
    public static List<string> Sentences(this ResumeParser parser, string resumeText) =>
        parser.ReadingLines(resumeText).SelectMany(TextSegmenter.Sentences).ToList();
}
