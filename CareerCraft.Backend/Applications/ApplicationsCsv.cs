using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Applications;

/// <summary>
/// Every application of the owner as RFC 4180 CSV, one row each with its job, for a spreadsheet. UTF-8 with a byte
/// order mark, which Excel needs to read non-ASCII names right.
/// </summary>
public sealed class ApplicationsCsv(IApplicationRepository applications, IJobRepository jobs, IResumeRepository resumes, ICoverLetterRepository letters)
{
    public const string ContentType = "text/csv";

    public static readonly string[] Header =
    [
        "company", "title", "location", "status", "created", "applied", "last change", "interview", "resume", "cover letter",
        "match score", "salary", "source", "url", "notes",
    ];

    public async Task<byte[]> WriteAsync(string ownerId, CancellationToken cancellationToken)
    {
        var all = await AllPages.ReadAsync((skip, take, ct) => applications.ListAsync(ownerId, skip, take, ct), cancellationToken);
        var jobsById = (await AllPages.ReadAsync((skip, take, ct) => jobs.ListAsync(ownerId, skip, take, ct), cancellationToken)).ToDictionary(j => j.Id);
        var resumeNames = (await AllPages.ReadAsync((skip, take, ct) => resumes.ListAsync(ownerId, skip, take, ct), cancellationToken))
            .ToDictionary(r => r.Id, r => r.Name);
        var letterIds = (await AllPages.ReadAsync((skip, take, ct) => letters.ListAsync(ownerId, skip, take, ct), cancellationToken))
            .Select(l => l.Id).ToHashSet();

        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var a in all)
        {
            var job = jobsById.GetValueOrDefault(a.JobId);
            Row(csv,
            [
                job?.Company ?? "", job?.Title ?? "", job?.Location ?? "", a.Status, Date(a.CreatedAt),
                Date(a.History.FirstOrDefault(h => h.Status == ApplicationStatus.Applied)?.At), Date(a.History.LastOrDefault()?.At),
                Date(a.InterviewAt),
                a.ResumeId is null ? "" : resumeNames.GetValueOrDefault(a.ResumeId, "(deleted)"),
                a.CoverLetterId is null ? "" : letterIds.Contains(a.CoverLetterId) ? "yes" : "(deleted)",
                MatchScore(a.MatchJson), job?.SalaryText ?? "", job?.Source ?? "", job?.Url ?? "", a.Notes,
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    /// <summary>
    /// Quoted, quotes doubled. A cell a spreadsheet would run as a formula (= + - @, or a tab or CR before one) gets
    /// a leading apostrophe: a job posting's text is not the user's and must not execute on their machine.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Date(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    private static string MatchScore(string? matchJson)
    {
        if (matchJson is null)
        {
            return "";
        }
        using var document = JsonDocument.Parse(matchJson);
        return document.RootElement.TryGetProperty("jobFitScore", out var score) && score.ValueKind == JsonValueKind.Number
            ? score.GetDouble().ToString("0.#", CultureInfo.InvariantCulture)
            : "";
    }
}
