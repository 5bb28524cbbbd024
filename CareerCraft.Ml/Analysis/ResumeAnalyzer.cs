using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Analysis.Scoring;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Analysis;

/// <summary>Parses a resume, scores it and, with a job description, checks the job's keywords.</summary>
public sealed class ResumeAnalyzer(ResumeParser parser, AtsScorer scorer, JobKeywords jobKeywords)
{
    public AnalysisResponse Analyze(ResumeDocument document, string? jobDescription, ExtractionSignals signals)
    {
        var text = document.Text;
        var resume = parser.Parse(document);
        KeywordCoverage? coverage = null;
        if (!string.IsNullOrWhiteSpace(jobDescription))
        {
            var resumeSkills = resume.Skills.Select(s => s.Skill.Name).ToHashSet(StringComparer.Ordinal);
            coverage = JobKeywords.Cover(jobKeywords.Find(jobDescription), resumeSkills, text);
        }
        var score = scorer.Score(resume, signals, coverage);
        return new AnalysisResponse(
            score.AtsScore,
            score.Breakdown,
            resume.Contact,
            resume.Layout.Sections.Select(s => new SectionResult(s.Kind, s.Heading, s.Text)).ToList(),
            resume.Skills.Select(s => new SkillResult(s.Skill.Name, s.Skill.Category)).ToList(),
            resume.Experience,
            resume.Education,
            score.Feedback,
            coverage,
            ReadingConfidence.Assess(resume, signals.Ocr));
    }
}
