using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Parseability, 10 points: how safely an ATS reads the file. Minus 4 when the text came from OCR (no text layer),
/// minus 3 for a multi-column layout, minus 2 for each extraction warning (at most 4), minus 2 when more than 0.5%
/// of the characters are unreadable (replacement, private-use or control characters). Never below zero.
/// </summary>
public static class ParseabilityScore
{
    public const int Max = 10;

    public static PartResult Evaluate(ParsedResume resume, ExtractionSignals signals)
    {
        var text = resume.Text;
        var findings = new List<Finding>();
        var reasons = new List<string>();
        var points = Max;
        if (resume.HasUnheadedRoles)
        {
            // Our failure as much as an ATS's: said, not scored.
            findings.Add(new(Severities.Warning, "We could not recognise your section headings, so an ATS may not either: put your roles under a plain heading such as 'Experience' (and likewise 'Education', 'Skills') on a line of its own."));
        }
        if (signals.Ocr)
        {
            points -= 4;
            reasons.Add("read by OCR");
            findings.Add(new(Severities.Warning, "The file has no text layer, so we read it by OCR; many ATS do not. Export the resume from your editor as a text PDF or a DOCX."));
        }
        if (signals.MultiColumn)
        {
            points -= 3;
            reasons.Add("multi-column layout");
            findings.Add(new(Severities.Warning, "The layout has more than one column; some ATS read across the columns and mix lines from both. A single-column layout is safest."));
        }
        var warnings = signals.Warnings.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal).ToList();
        if (warnings.Count > 0)
        {
            points -= Math.Min(4, 2 * warnings.Count);
            reasons.Add($"{warnings.Count} extraction warning{(warnings.Count == 1 ? "" : "s")}");
            findings.AddRange(warnings.Select(w => new Finding(Severities.Warning, $"Text extraction reported: {w.Trim().TrimEnd('.')}.")));
        }
        var unreadable = text.Count(c => c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t'));
        if (text.Length > 0 && unreadable * 200 > text.Length)
        {
            points -= 2;
            reasons.Add($"{unreadable} unreadable characters");
            findings.Add(new(Severities.Warning, $"{unreadable} characters could not be read (icon fonts or symbols); an ATS sees them as junk. Replace icons with words such as 'Email:'."));
        }
        points = Math.Max(0, points);
        var reason = reasons.Count == 0 ? "Plain text layer, no extraction problems reported." : $"Lost points for {string.Join(", ", reasons)}.";
        return new PartResult("parseability", points, Max, reason, findings);
    }
}
