using System.Text.RegularExpressions;
using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Readability and length, 15 points: overall length 6 (250-1,100 words full, 120-250 or 1,100-1,600 half),
/// bullet length 5 (× the share of bullets of 6-35 words), no first person in bullets 2 (1 for one or two uses),
/// no paragraph over 80 words 2.
/// </summary>
public static partial class ReadabilityScore
{
    public const int Max = 15;
    private const int LongParagraphWords = 80;
    private const int LongBulletWords = 35;
    private const int ShortBulletWords = 6;

    public static PartResult Evaluate(ParsedResume resume)
    {
        var findings = new List<Finding>();
        var reasons = new List<string>();
        var words = TextTools.CountWords(resume.Text);

        int lengthPoints;
        if (words is >= 250 and <= 1100)
        {
            lengthPoints = 6;
        }
        else if (words is >= 120 and < 250)
        {
            lengthPoints = 3;
            reasons.Add($"short ({words} words)");
            findings.Add(new(Severities.Warning, $"The resume has only {words} words; a full one-page resume carries 300-600. Add bullets with results for your recent roles."));
        }
        else if (words is > 1100 and <= 1600)
        {
            lengthPoints = 3;
            reasons.Add($"long ({words} words)");
            findings.Add(new(Severities.Suggestion, $"The resume has {words} words, more than two pages' worth; cut older roles to one or two bullets."));
        }
        else
        {
            lengthPoints = 0;
            reasons.Add(words < 120 ? $"very short ({words} words)" : $"very long ({words} words)");
            findings.Add(new(Severities.Critical, words < 150
                ? $"The resume has only {words} words; there is too little for a recruiter or an ATS to judge."
                : $"The resume has {words} words; a recruiter spends seconds on a first read. Keep it to two pages (about 1,000 words)."));
        }

        var bullets = resume.BulletGroups.SelectMany(g => g.Bullets).ToList();
        var bulletPoints = 0;
        if (bullets.Count > 0)
        {
            var longOnes = bullets.Where(b => TextTools.CountWords(b) > LongBulletWords).ToList();
            var shortOnes = bullets.Where(b => TextTools.CountWords(b) < ShortBulletWords).ToList();
            var good = bullets.Count - longOnes.Count - shortOnes.Count;
            bulletPoints = (int)Math.Round(5.0 * good / bullets.Count, MidpointRounding.AwayFromZero);
            if (longOnes.Count > 0)
            {
                reasons.Add($"{longOnes.Count} long bullet{(longOnes.Count == 1 ? "" : "s")}");
                findings.Add(new(Severities.Suggestion, $"{longOnes.Count} bullet{(longOnes.Count == 1 ? " is" : "s are")} longer than {LongBulletWords} words, e.g. {TextTools.Quote(longOnes[0])}; split it or keep one result per bullet."));
            }
            if (shortOnes.Count > 0)
            {
                reasons.Add($"{shortOnes.Count} very short bullet{(shortOnes.Count == 1 ? "" : "s")}");
                findings.Add(new(Severities.Suggestion, $"{shortOnes.Count} bullet{(shortOnes.Count == 1 ? " has" : "s have")} fewer than {ShortBulletWords} words, e.g. {TextTools.Quote(shortOnes[0])}; say what you did and what came of it."));
            }
        }
        else
        {
            reasons.Add("no bullets");
        }

        var firstPerson = bullets.Where(b => FirstPersonRegex().IsMatch(b)).ToList();
        var pronounPoints = firstPerson.Count == 0 ? 2 : firstPerson.Count <= 2 ? 1 : 0;
        if (firstPerson.Count > 0)
        {
            reasons.Add($"first person in {firstPerson.Count} bullet{(firstPerson.Count == 1 ? "" : "s")}");
            findings.Add(new(Severities.Suggestion, $"{firstPerson.Count} bullet{(firstPerson.Count == 1 ? " uses" : "s use")} 'I', 'me' or 'my', e.g. {TextTools.Quote(firstPerson[0])}; resumes drop the pronoun and start with the verb."));
        }

        var longParagraph = Paragraphs(resume).FirstOrDefault(p => TextTools.CountWords(p.Text) > LongParagraphWords);
        var paragraphPoints = longParagraph.Text is null ? 2 : 0;
        if (longParagraph.Text is not null)
        {
            reasons.Add("a paragraph over 80 words");
            findings.Add(new(Severities.Suggestion, $"A {TextTools.CountWords(longParagraph.Text)}-word paragraph under {longParagraph.Place} ({TextTools.Quote(longParagraph.Text, 50)}) is hard to skim; break it into bullets."));
        }

        var points = lengthPoints + bulletPoints + pronounPoints + paragraphPoints;
        var reason = reasons.Count == 0
            ? $"{words} words, bullets of a readable length, no first person, no dense paragraphs."
            : $"{words} words; lost points for {TextTools.JoinNatural(reasons)}.";
        return new PartResult("readability", points, Max, reason, findings);
    }

    private static IEnumerable<(string Place, string Text)> Paragraphs(ParsedResume resume)
    {
        foreach (var section in resume.Layout.Sections)
        {
            var current = new List<string>();
            foreach (var line in section.Lines)
            {
                if (line.IsBullet || line.BlankBefore)
                {
                    if (current.Count > 0)
                    {
                        yield return (section.Heading, string.Join(' ', current));
                    }
                    current.Clear();
                }
                if (!line.IsBullet)
                {
                    current.Add(line.Text);
                }
            }
            if (current.Count > 0)
            {
                yield return (section.Heading, string.Join(' ', current));
            }
        }
    }

    [GeneratedRegex(@"\b(?:I|me|my|mine|myself)\b")]
    private static partial Regex FirstPersonRegex();
}
