using System.ClientModel;
using System.ClientModel.Primitives;
using CareerCraft.Ml.CoverLetters.GenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenAI;

namespace CareerCraft.Ml.CoverLetters;

public static class CoverLetterRegistration
{
    private const string LlmHttpClient = "llm";

    /// <summary>
    /// The template generator always; the GenAI generator too when <c>ConnectionStrings:llm</c> is set. Its HttpClient
    /// runs through one standard resilience handler (retries on 429/5xx/timeouts, per-attempt and total timeouts) and
    /// the OpenAI client's own retries are off, so a slow model costs at most the total timeout before the template answers.
    /// </summary>
    public static IHostApplicationBuilder AddCoverLetters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ToneTemplates.Load());
        builder.Services.AddSingleton<AchievementRanker>();
        builder.Services.AddSingleton<CoverLetterFactsBuilder>();
        builder.Services.AddSingleton<TemplateCoverLetterGenerator>();
        builder.Services.AddSingleton<GroundingCheck>();
        builder.Services.AddSingleton<CoverLetterService>();

        if (LlmConnection.FromConfiguration(builder.Configuration) is not { } connection)
        {
            return builder;
        }
        builder.Services.AddSingleton(connection);
        builder.Services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.TotalTimeoutSeconds >= o.AttemptTimeoutSeconds, "Ml:CoverLetters:Llm:TotalTimeoutSeconds must be at least AttemptTimeoutSeconds.")
            .ValidateOnStart();

        // The service defaults give every HttpClient a standard handler with 10 s attempts, too short for a model
        // writing a page; replace it (rather than stack a second one) with one sized for the LLM.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the supported way to replace the default handler.
        builder.Services.AddHttpClient(LlmHttpClient, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(llm.AttemptTimeoutSeconds);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(llm.TotalTimeoutSeconds);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * llm.AttemptTimeoutSeconds));
                resilience.Retry.MaxRetryAttempts = llm.MaxRetries;
            });
#pragma warning restore EXTEXP0001

        builder.Services.AddSingleton<IChatClient>(services =>
        {
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(LlmHttpClient);
            var openAi = new OpenAIClient(new ApiKeyCredential(connection.Key), new OpenAIClientOptions
            {
                Endpoint = connection.Endpoint,
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
            return openAi.GetChatClient(connection.Model).AsIChatClient()
                .AsBuilder()
                .UseOpenTelemetry(services.GetService<ILoggerFactory>(), sourceName: "CareerCraft.Ml.CoverLetters")
                .Build(services);
        });
        builder.Services.AddSingleton<LlmCoverLetterGenerator>();
        return builder;
    }
}
