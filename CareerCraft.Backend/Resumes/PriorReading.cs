using System.Security.Cryptography;
using System.Text;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// What a client already read from the file it uploads: the text the ML service extracted and, optionally, the
/// analysis of it. The web sends both with the file when someone saves a resume they have just analysed, so saving
/// moves the bytes once and extracts them once (issue 14). The SHA-256 of the file ties the text to the very bytes
/// being stored: a text paired with another file is refused rather than saved beside a file it does not describe.
/// </summary>
/// <remarks>
/// The text is the owner's word about their own file, as the analysis already was (it is saved as sent); nobody
/// else ever reads it, so nothing is gained by extracting it again to check.
/// </remarks>
public sealed record PriorReading(string Text, string? AnalysisJson, AnalysisSnapshot? Snapshot)
{
    public const string TextField = "text";
    public const string HashField = "textSha256";
    public const string AnalysisField = "analysis";

    /// <summary>The ML service's own cap on the text of one file.</summary>
    public const int MaxTextChars = 200_000;

    /// <summary>
    /// All of an upload's text fields together: the text (UTF-8, at most 3 bytes a character), the analysis, and room
    /// for the name and the hash.
    /// </summary>
    public static int MaxFormTextBytes(ResumeOptions options) => MaxTextChars * 3 + options.MaxAnalysisBytes + 16 * 1024;

    /// <summary>The reading sent with the upload; null when none was (the backend then asks the ML service).</summary>
    public static PriorReading? Read(IReadOnlyDictionary<string, string> form, byte[] content, ResumeOptions options, DateTimeOffset now, ValidationErrors errors)
    {
        var text = form.GetValueOrDefault(TextField) ?? "";
        var hash = form.GetValueOrDefault(HashField) ?? "";
        var analysis = form.GetValueOrDefault(AnalysisField) ?? "";
        if (text.Length == 0)
        {
            if (hash.Length > 0 || analysis.Length > 0)
            {
                errors.Add(TextField, $"Send the extracted text with '{HashField}' and '{AnalysisField}': they describe it.");
            }
            return null;
        }
        if (text.Length > MaxTextChars)
        {
            errors.Add(TextField, $"At most {MaxTextChars} characters.");
        }
        if (hash.Length == 0)
        {
            errors.Add(HashField, "Required with the text: the SHA-256 (hex) of the file the text was read from.");
        }
        else if (!string.Equals(hash, Convert.ToHexStringLower(SHA256.HashData(content)), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(HashField, "The text was read from another file than the one uploaded.");
        }

        AnalysisSnapshot? snapshot = null;
        if (analysis.Length > 0)
        {
            if (Encoding.UTF8.GetByteCount(analysis) > options.MaxAnalysisBytes)
            {
                errors.Add(AnalysisField, $"An analysis may be at most {options.MaxAnalysisBytes / 1024} KB of JSON.");
            }
            else if (SavedAnalysis.Parse(Encoding.UTF8.GetBytes(analysis), now, out var error) is { } parsed)
            {
                snapshot = parsed.Snapshot;
            }
            else
            {
                errors.Add(AnalysisField, error);
            }
        }
        return errors.Any ? null : new PriorReading(text, analysis.Length > 0 ? analysis : null, snapshot);
    }
}
