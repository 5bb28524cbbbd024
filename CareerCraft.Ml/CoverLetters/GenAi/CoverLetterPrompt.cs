using System.Text;
using Microsoft.Extensions.AI;

namespace CareerCraft.Ml.CoverLetters.GenAi;

/// <summary>
/// The grounded prompt: the job, the facts chosen from the resume (relevant achievements, matching skills, the
/// skills the candidate lacks and must not claim), and the resume itself as the only source of facts.
/// </summary>
public static class CoverLetterPrompt
{
    private const int MaxResumeCharacters = 12_000;
    private const int MaxJobCharacters = 6_000;

    public static List<ChatMessage> Build(CoverLetterFacts facts, bool plainText)
    {
        var system = new StringBuilder()
            .AppendLine("You write cover letters for job seekers.")
            .AppendLine("Use ONLY facts stated in the candidate's resume: every employer, job title, number, skill, degree and achievement you mention must appear in the resume.")
            .AppendLine("Never invent an employer, a skill, a tool, a number, a certification or an achievement. Do not mention skills the candidate lacks, not even as something to learn.")
            .AppendLine($"Tone: {ToneDescription(facts.Job.Tone)}")
            .AppendLine("Write a greeting, three or four body paragraphs of 50-120 words each, a one-sentence closing, and a sign-off.");
        system.AppendLine(plainText
            ? "Answer with the letter as plain text only: the greeting line, a blank line, each body paragraph followed by a blank line, the closing sentence, a blank line, then the sign-off line and the candidate's name on the next line. No markdown, no subject line."
            : "Answer with JSON only: {\"greeting\": string, \"body\": [string, ...], \"closing\": string, \"signOff\": string}.");

        var user = new StringBuilder()
            .AppendLine("JOB")
            .AppendLine($"Company: {facts.Job.CompanyName}")
            .AppendLine($"Title: {facts.Job.JobTitle}")
            .AppendLine("Description:")
            .AppendLine(Cut(facts.Job.JobDescription, MaxJobCharacters))
            .AppendLine()
            .AppendLine("CANDIDATE")
            .AppendLine($"Name: {(facts.CandidateName.Length > 0 ? facts.CandidateName : "(not given; sign without a name)")}");
        if (facts.LatestRole is { } role)
        {
            user.AppendLine($"Most recent role: {role.Title} at {role.Organization}");
        }
        if (facts.Achievements.Count > 0)
        {
            user.AppendLine("Achievements most relevant to this job (use these, keep their numbers exact):");
            foreach (var achievement in facts.Achievements)
            {
                user.AppendLine($"- {achievement.Text}{(achievement.Organization is null ? "" : $" (at {achievement.Organization})")}");
            }
        }
        if (facts.MatchedSkills.Count > 0)
        {
            user.AppendLine($"Skills the job asks for that the resume shows: {string.Join(", ", facts.MatchedSkills)}");
        }
        if (facts.MissingSkills.Count > 0)
        {
            user.AppendLine($"Skills the job asks for that the resume does NOT show (never mention or claim these): {string.Join(", ", facts.MissingSkills)}");
        }
        if (facts.Education is { } education)
        {
            user.AppendLine($"Education: {education.Degree} {education.Institution}".TrimEnd());
        }
        user.AppendLine()
            .AppendLine("RESUME (the only source of facts):")
            .AppendLine(Cut(facts.Resume.Text, MaxResumeCharacters));

        return [new ChatMessage(ChatRole.System, system.ToString()), new ChatMessage(ChatRole.User, user.ToString())];
    }

    private static string ToneDescription(string tone) => tone switch
    {
        Tones.Confident => "confident: direct, assertive, results first, no hedging.",
        Tones.Friendly => "friendly: warm and conversational, still professional.",
        _ => "formal: polite, measured and professional.",
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "\n[...]";
}
