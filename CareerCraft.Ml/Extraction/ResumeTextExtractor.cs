using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Extraction.Workers;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// The service's side of extraction: the size cap and the format sniff (cheap, exact checks on bytes), then the file
/// goes to an extraction worker process; nothing here parses the file's structure.
/// </summary>
public sealed class ResumeTextExtractor(IOptions<ExtractionOptions> options, ExtractionWorkerPool workers) : IResumeTextExtractor
{
    public Task<ExtractTextResponse> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, string requester, CancellationToken cancellationToken = default)
    {
        if (content.Length > options.Value.MaxFileBytes)
        {
            throw FileProblems.TooLarge(options.Value.MaxFileBytes);
        }
        var format = ResumeFileSniffer.Sniff(content);
        return workers.ExtractAsync(format, content, fileName, requester, cancellationToken);
    }
}
