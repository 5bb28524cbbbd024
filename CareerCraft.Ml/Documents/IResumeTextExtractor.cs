using CareerCraft.Contracts.Ml;

namespace CareerCraft.Ml.Documents;

/// <summary>
/// Extracts normalised plain text from an uploaded resume (PDF or DOCX, sniffed from content): defined by the core
/// so a feature that takes files (analysis) reads them without importing the extraction feature that implements it.
/// Failures that are the file's fault throw <see cref="CareerCraft.ServiceDefaults.Files.ProblemException"/>, which
/// carries the HTTP status and problem type the endpoint answers with. <c>requester</c> names whose file it is (the
/// signed-in user), so one user's files share the extraction workers fairly with everyone else's.
/// </summary>
public interface IResumeTextExtractor
{
    Task<ExtractTextResponse> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, string requester, CancellationToken cancellationToken = default);
}
