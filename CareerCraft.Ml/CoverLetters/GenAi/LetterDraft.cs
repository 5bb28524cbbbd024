namespace CareerCraft.Ml.CoverLetters.GenAi;

/// <summary>The structured output the model is asked for (a JSON schema is sent with the request).</summary>
public sealed record LetterDraft(string? Greeting, IReadOnlyList<string>? Body, string? Closing, string? SignOff)
{
    public CoverLetter? ToLetter(string candidateName)
    {
        var body = Body?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList() ?? [];
        if (string.IsNullOrWhiteSpace(Greeting) || body.Count is < 2 or > 6 || string.IsNullOrWhiteSpace(Closing))
        {
            return null;
        }
        return new CoverLetter(Greeting.Trim(), body, Closing.Trim(), string.IsNullOrWhiteSpace(SignOff) ? "Sincerely," : SignOff.Trim(), candidateName);
    }
}
