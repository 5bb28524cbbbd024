using System.IO.Compression;
using System.Text.Json;
using CareerCraft.Backend.Applications;
using CareerCraft.Backend.CoverLetters;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Jobs;
using CareerCraft.Backend.Profiles;
using CareerCraft.Backend.Resumes;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Accounts;

/// <summary>
/// Everything an account holds as one zip: <c>account.json</c> (user and profile), <c>resumes.json</c> (each
/// resume's metadata, extracted text, saved analysis and analysis history), <c>cover-letters.json</c>,
/// <c>jobs.json</c> (saved jobs), <c>applications.json</c> (with status history and stored matches), and every resume
/// file under <c>files/</c>. Written to a temporary file that deletes itself on close, so a large export does not sit in memory.
/// </summary>
public sealed class AccountExport(
    IUserRepository users, IResumeRepository resumes, ICoverLetterRepository letters, IJobRepository jobs,
    IApplicationRepository applications, FileStores files)
{
    private const int PageSize = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The zip, positioned at its start; null when there is no such user.</summary>
    public async Task<Stream?> WriteAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var output = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                await AddJsonAsync(zip, "account.json", new ExportedAccount(
                    user.Id, user.UserName, user.Email, user.CreatedAt, ProfileMapping.From(user.Profile)), cancellationToken);

                var allResumes = await AllAsync((skip, ct) => resumes.ListAsync(userId, skip, PageSize, ct), cancellationToken);
                var exported = new List<ExportedResume>();
                foreach (var resume in allResumes)
                {
                    var path = $"files/{resume.Id}{Path.GetExtension(resume.FileName)}";
                    var content = await files.For(resume.Storage).ReadAsync(resume.FileKey, cancellationToken);
                    if (content is not null)
                    {
                        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
                        await using var stream = await entry.OpenAsync(cancellationToken);
                        await stream.WriteAsync(content, cancellationToken);
                    }
                    exported.Add(new ExportedResume(
                        ResumeResponses.Detail(resume), content is null ? null : path,
                        AnalysisSnapshots.HistoryOf(resume).Select(AnalysisSnapshotResponses.From).ToList()));
                }
                await AddJsonAsync(zip, "resumes.json", exported, cancellationToken);

                var allLetters = await AllAsync((skip, ct) => letters.ListAsync(userId, skip, PageSize, ct), cancellationToken);
                await AddJsonAsync(zip, "cover-letters.json", allLetters.Select(CoverLetterResponses.From).ToList(), cancellationToken);

                var allJobs = await AllAsync((skip, ct) => jobs.ListAsync(userId, skip, PageSize, ct), cancellationToken);
                await AddJsonAsync(zip, "jobs.json", allJobs.Select(JobResponses.From).ToList(), cancellationToken);

                var allApplications = await AllAsync((skip, ct) => applications.ListAsync(userId, skip, PageSize, ct), cancellationToken);
                await AddJsonAsync(zip, "applications.json", allApplications.Select(ApplicationResponses.From).ToList(), cancellationToken);
            }
            output.Position = 0;
            return output;
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }

    private static async Task AddJsonAsync<T>(ZipArchive zip, string name, T value, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken);
    }

    private static async Task<List<T>> AllAsync<T>(Func<int, CancellationToken, Task<Page<T>>> page, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var skip = 0; ; skip += PageSize)
        {
            var items = (await page(skip, cancellationToken)).Items;
            all.AddRange(items);
            if (items.Count < PageSize)
            {
                return all;
            }
        }
    }
}

public sealed record ExportedAccount(string Id, string Username, string Email, DateTimeOffset CreatedAt, ProfileBody Profile);

/// <summary>A resume as stored, and where its file is inside the zip (null if the file could not be found).</summary>
public sealed record ExportedResume(ResumeDetail Resume, string? File, IReadOnlyList<AnalysisSnapshotResponse> Analyses);
