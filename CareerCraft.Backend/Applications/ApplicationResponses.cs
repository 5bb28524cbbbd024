using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Applications;

public static class ApplicationResponses
{
    public static ApplicationResponse From(JobApplication a) => new(
        a.Id, a.JobId, a.ResumeId, a.CoverLetterId, a.Status,
        a.History.Select(h => new StatusChangeResponse(h.Status, h.At, h.Note)).ToList(),
        a.Notes, a.InterviewAt,
        StoredMatch.Read(a.MatchJson),
        a.MatchResumeId, a.MatchedAt, a.CreatedAt, a.UpdatedAt);
}
