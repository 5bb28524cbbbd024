
namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Extracts normalised plain text from an uploaded resume (PDF or DOCX, sniffed from content).
/// Failures that are the file's fault throw <see cref="ExtractionException"/>, which carries the HTTP status
/// and problem type the endpoint answers with. <c>requester</c> names whose file it is (the signed-in user), so one
/// user's files share the extraction workers fairly with everyone else's.
/// </summary>
public interface IResumeTextExtractor
{
    Task<ExtractTextResponse> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, string requester, CancellationToken cancellationToken = default);
}

public sealed class ExtractionException(int statusCode, string problemType, string title, string detail)
    : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string ProblemType { get; } = problemType;
    public string Title { get; } = title;
}
