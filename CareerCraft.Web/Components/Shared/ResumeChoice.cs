namespace CareerCraft.Web.Components.Shared;

/// <summary>The resume a page works with: its text, where it came from, and the candidate's name when known.</summary>
public sealed record ResumeChoice(string Label, string Text, string? ResumeId, string? CandidateName);
