using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CareerCraft.Ml.CoverLetters.GenAi;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>
/// Chooses who writes the letter: the configured LLM when there is one and its letter is grounded in the resume,
/// otherwise the template. <c>generator</c> in the answer says which one did.
/// </summary>
public sealed class CoverLetterService(
    CoverLetterFactsBuilder factsBuilder,
    TemplateCoverLetterGenerator template,
    LlmCoverLetterGenerator? llm = null)
{
    /// <summary>Server-sent event types of <c>/cover-letter/stream</c>.</summary>
    public static class Events
    {
        /// <summary>A piece of letter text to append.</summary>
        public const string Delta = "delta";

        /// <summary>Discard the text streamed so far: the model's letter was rejected and the template follows.</summary>
        public const string Reset = "reset";

        /// <summary>The final answer, the same JSON as <c>generate-cover-letter</c>.</summary>
        public const string Done = "done";
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<CoverLetterResponse> GenerateAsync(CoverLetterJob job, CancellationToken cancellationToken)
    {
        var facts = await factsBuilder.BuildAsync(job, cancellationToken);
        if (llm is not null && await llm.GenerateAsync(facts, cancellationToken) is { } written)
        {
            return written;
        }
        return template.Generate(facts);
    }

    public async IAsyncEnumerable<SseItem<string>> StreamAsync(CoverLetterJob job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var facts = await factsBuilder.BuildAsync(job, cancellationToken);
        if (llm is not null)
        {
            var streamed = new StringBuilder();
            var failed = false;
            await using (var updates = llm.StreamAsync(facts, cancellationToken).GetAsyncEnumerator(cancellationToken))
            {
                while (true)
                {
                    try
                    {
                        if (!await updates.MoveNextAsync())
                        {
                            break;
                        }
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        // The model is optional: a failure mid-stream hands over to the template.
                        llm.LogStreamFailure(ex);
                        failed = true;
                        break;
                    }
                    streamed.Append(updates.Current);
                    yield return new SseItem<string>(updates.Current, Events.Delta);
                }
            }
            if (!failed && CoverLetterText.Parse(streamed.ToString(), facts.CandidateName) is { } letter
                && llm.Verify(letter, facts) is { } verified)
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(verified, Json), Events.Done);
                yield break;
            }
            if (streamed.Length > 0)
            {
                yield return new SseItem<string>("", Events.Reset);
            }
        }

        var answer = template.Generate(facts);
        var parts = new List<string> { answer.CoverLetter.Greeting };
        parts.AddRange(answer.CoverLetter.Body);
        parts.Add(answer.CoverLetter.Closing);
        parts.Add(answer.CoverLetter.CandidateName.Length > 0 ? $"{answer.CoverLetter.SignOff}\n{answer.CoverLetter.CandidateName}" : answer.CoverLetter.SignOff);
        for (var i = 0; i < parts.Count; i++)
        {
            yield return new SseItem<string>(i < parts.Count - 1 ? parts[i] + "\n\n" : parts[i], Events.Delta);
        }
        yield return new SseItem<string>(JsonSerializer.Serialize(answer, Json), Events.Done);
    }
}
