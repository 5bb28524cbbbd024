using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.CoverLetters.GenAi;

/// <summary>
/// Asks the configured OpenAI-compatible model for a letter grounded in the resume: structured JSON for
/// <see cref="GenerateAsync"/>, plain text for <see cref="StreamAsync"/>. It returns null (and the caller answers
/// with the template) when the model fails, times out, answers in the wrong shape, or writes an ungrounded letter.
/// </summary>
public sealed partial class LlmCoverLetterGenerator(
    IChatClient chat,
    LlmConnection connection,
    IOptions<LlmOptions> options,
    GroundingCheck grounding,
    ILogger<LlmCoverLetterGenerator> logger)
{
    public string Model => connection.Model;

    public async Task<CoverLetterResponse?> GenerateAsync(CoverLetterFacts facts, CancellationToken cancellationToken)
    {
        CoverLetter? letter;
        try
        {
            var response = await chat.GetResponseAsync<LetterDraft>(
                CoverLetterPrompt.Build(facts, plainText: false), ChatOptions(), useJsonSchemaResponseFormat: true, cancellationToken);
            letter = response.TryGetResult(out var draft) ? draft.ToLetter(facts.CandidateName) : null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is optional: any failure of it (HTTP, timeout, malformed answer) falls back to the template.
            LogFailed(logger, ex.GetType().Name, connection.Model);
            return null;
        }
        if (letter is null)
        {
            LogMalformed(logger, connection.Model);
            return null;
        }
        return Verify(letter, facts);
    }

    public IAsyncEnumerable<string> StreamAsync(CoverLetterFacts facts, CancellationToken cancellationToken) =>
        StreamTextAsync(CoverLetterPrompt.Build(facts, plainText: true), cancellationToken);

    /// <summary>The letter as the contract's answer when it passes the grounding check, otherwise null (logged).</summary>
    public CoverLetterResponse? Verify(CoverLetter letter, CoverLetterFacts facts)
    {
        var text = CoverLetterText.Format(letter);
        var check = grounding.Check(text, facts);
        if (!check.IsGrounded)
        {
            LogUngrounded(logger, connection.Model, string.Join("; ", check.Problems));
            return null;
        }
        return new CoverLetterResponse(letter, text, Generators.GenAi, connection.Model, facts.MissingSkills);
    }

    public void LogStreamFailure(Exception ex) => LogFailed(logger, ex.GetType().Name, connection.Model);

    private async IAsyncEnumerable<string> StreamTextAsync(List<ChatMessage> messages, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var update in chat.GetStreamingResponseAsync(messages, ChatOptions(), cancellationToken))
        {
            if (update.Text is { Length: > 0 } text)
            {
                yield return text;
            }
        }
    }

    private ChatOptions ChatOptions() => new()
    {
        Temperature = (float)options.Value.Temperature,
        MaxOutputTokens = options.Value.MaxOutputTokens,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM ({Model}) failed with {Error}; answering with the template cover letter.")]
    private static partial void LogFailed(ILogger logger, string error, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM ({Model}) answered without a usable letter; answering with the template cover letter.")]
    private static partial void LogMalformed(ILogger logger, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM ({Model}) wrote an ungrounded letter ({Problems}); answering with the template cover letter.")]
    private static partial void LogUngrounded(ILogger logger, string model, string problems);
}
