using System.Text.Json.Serialization;

namespace CareerCraft.Contracts.Ml;

/// <summary><c>POST /cover-letter/generate-cover-letter</c> and <c>/cover-letter/stream</c>.</summary>
public sealed record CoverLetterRequest
{
    public string? ResumeText { get; init; }

    public string? CandidateName { get; init; }

    public string? CompanyName { get; init; }

    public string? JobTitle { get; init; }

    public string? JobDescription { get; init; }

    /// <summary>One of <see cref="Tones"/>; formal when absent.</summary>
    public string? Tone { get; init; }
}

/// <summary>The letter in parts, as the backend stores it and the UI edits it.</summary>
public sealed record CoverLetter(string Greeting, IReadOnlyList<string> Body, string Closing, string SignOff, string CandidateName);

/// <summary>The answer: the letter, its plain text, which generator wrote it, and the job's skills the resume lacks.</summary>
public sealed record CoverLetterResponse(
    CoverLetter CoverLetter,
    string Text,
    string Generator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model,
    IReadOnlyList<string> MissingSkills);

public static class Generators
{
    public const string Template = "template";
    public const string GenAi = "genai";
}

public static class Tones
{
    public const string Formal = "formal";
    public const string Confident = "confident";
    public const string Friendly = "friendly";

    public static readonly IReadOnlyList<string> All = [Formal, Confident, Friendly];
}
