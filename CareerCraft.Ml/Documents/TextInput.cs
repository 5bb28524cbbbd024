using System.Text.RegularExpressions;
using CareerCraft.Contracts;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Infrastructure;

namespace CareerCraft.Ml.Documents;

/// <summary>
/// Checks the texts a request carries (a resume, a job description, a layout) before any feature reads them, so that
/// empty, oversized, binary or wrong-kind input gets a specific 4xx ProblemDetails instead of a meaningless answer.
/// Analysis and cover letters check a resume fully; matching and ranking, which score any text, only its presence
/// and length.
/// </summary>
public static partial class TextInput
{
    /// <summary>About 25 pages of text: far beyond any resume, small enough to analyse in milliseconds.</summary>
    public const int MaxCharacters = 100_000;

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Null when the text can be analysed; otherwise the problem to answer with.</summary>
    public static ProblemSpec? CheckResume(string? text, string field, bool jobDescriptionGiven)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ProblemSpec(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Resume text is required",
                jobDescriptionGiven
                    ? $"'{field}' is empty: a job description alone cannot be scored. Send the resume's text (or upload the file) together with the job description."
                    : $"'{field}' is empty: send the resume's text, or upload the file as multipart field 'file'.");
        }
        if (Length(text, field) is { } tooLong)
        {
            return tooLong;
        }
        if (LooksBinary(text))
        {
            return new ProblemSpec(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Text is not readable",
                $"'{field}' contains binary data rather than text. Upload the file itself (PDF or DOCX) as multipart field 'file' so it is extracted first.");
        }
        if (LooksLikeJobPosting(text))
        {
            return new ProblemSpec(StatusCodes.Status422UnprocessableEntity, ProblemTypes.NotAResume, "This looks like a job description",
                $"'{field}' reads like a job posting (no contact details, no dated roles, and phrases such as 'we are looking for'). Send your resume as '{field}' and the posting as 'jobDescription'.");
        }
        return null;
    }

    /// <summary>Lines a layout may carry, as many as extraction keeps at most.</summary>
    public const int MaxLayoutLines = 4_000;

    private const int MaxLayoutLineCharacters = 5_000;

    /// <summary>Null when the optional layout can be read: bounded like the text it describes, no line empty or huge.</summary>
    public static ProblemSpec? CheckLayout(DocumentLayout? layout)
    {
        if (layout is null)
        {
            return null;
        }
        if (layout.Lines is null)
        {
            return Invalid("'layout.lines' is missing: send the layout exactly as /resume/extract-text answered it, or leave 'layout' out.");
        }
        if (layout.Lines.Count > MaxLayoutLines)
        {
            return Invalid($"'layout.lines' has {layout.Lines.Count:N0} lines; at most {MaxLayoutLines:N0} are read.");
        }
        var characters = 0L;
        for (var i = 0; i < layout.Lines.Count; i++)
        {
            var line = layout.Lines[i];
            if (line?.Text is null || line.Text.Length > MaxLayoutLineCharacters)
            {
                return Invalid($"'layout.lines[{i}].text' is missing or longer than {MaxLayoutLineCharacters:N0} characters.");
            }
            characters += line.Text.Length;
        }
        return characters > MaxCharacters
            ? Invalid($"'layout.lines' hold {characters:N0} characters; the limit is {MaxCharacters:N0}.")
            : null;

        static ProblemSpec Invalid(string detail) => new(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Invalid layout", detail);
    }

    /// <summary>Null when the text is present and within the cap; otherwise the reason, naming the field and the cap.</summary>
    public static string? MissingOrTooLong(string? text, string field, int maxCharacters)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{field} is required and must contain text.";
        }
        return text.Length > maxCharacters
            ? $"{field} has {text.Length:N0} characters; the limit is {maxCharacters:N0}. Send the relevant part only."
            : null;
    }

    public static ProblemSpec? CheckJobDescription(string? jobDescription)
    {
        if (jobDescription is null)
        {
            return null;
        }
        if (Length(jobDescription, "jobDescription") is { } tooLong)
        {
            return tooLong;
        }
        return LooksBinary(jobDescription)
            ? new ProblemSpec(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Job description is not readable",
                "'jobDescription' contains binary data rather than text; paste the posting's text.")
            : null;
    }

    private static ProblemSpec? Length(string text, string field) =>
        text.Length > MaxCharacters
            ? new ProblemSpec(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Text too long",
                $"'{field}' has {text.Length:N0} characters; the limit is {MaxCharacters:N0}. A resume is rarely over 15,000.")
            : null;

    // NUL bytes, control characters or replacement characters in more than 1% of the text, or too few letters.
    private static bool LooksBinary(string text)
    {
        var bad = 0;
        var letters = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            {
                bad++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }
        }
        return bad * 100 > text.Length || (visible > 20 && letters * 10 < visible * 4);
    }

    private static bool LooksLikeJobPosting(string text)
    {
        var cues = JobPostingCueRegex().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count();
        return cues >= 2 && !EmailOrPhoneRegex().IsMatch(text) && !DateRanges.Find(text).Any(r => r.End is not null);
    }

    [GeneratedRegex(@"\b(?:we are looking for|we're looking for|we are seeking|the ideal candidate|you will|you'll|what you'll do|what we offer|about the role|about the job|about us|responsibilities|requirements|nice to have|must have|apply now|equal opportunity employer|benefits include|join our team)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JobPostingCueRegex();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|\+?\d[\d\s().\-]{8,}\d")]
    private static partial Regex EmailOrPhoneRegex();
}
