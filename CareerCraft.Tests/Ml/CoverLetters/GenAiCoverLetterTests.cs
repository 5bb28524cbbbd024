using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Tests.Ml.Analysis;

namespace CareerCraft.Tests.Ml.CoverLetters;

/// <summary>An ML service whose <c>ConnectionStrings:llm</c> points at a fake OpenAI-compatible server in the test.</summary>
public sealed class GenAiFixture : IAsyncLifetime
{
    public FakeOpenAiServer Llm { get; private set; } = null!;

    public ServiceFactory<MlService> Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Llm = await FakeOpenAiServer.StartAsync();
        Factory = new ServiceFactory<MlService>()
            .WithSetting("ConnectionStrings:llm", Llm.ConnectionString)
            .WithSetting("Ml:CoverLetters:Llm:MaxRetries", "1")
            .WithSetting("Ml:CoverLetters:Llm:AttemptTimeoutSeconds", "10")
            .WithSetting("Ml:CoverLetters:Llm:TotalTimeoutSeconds", "20")
            .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
            .WithSetting("Ml:RateLimit:Burst", "10000");
        Client = Factory.CreateAuthenticatedClient();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Llm.DisposeAsync();
    }
}

/// <summary>
/// The GenAI path through the real Microsoft.Extensions.AI OpenAI client over real HTTP: grounded letters are
/// returned as written, letters that invent an employer or a skill, and failing providers, fall back to the template.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class GenAiCoverLetterTests(GenAiFixture genAi) : IClassFixture<GenAiFixture>
{
    internal static readonly string NurseResume = File.ReadAllText(ResumeExpectation.TestData("analysis/resumes/nurse.txt"));
    internal static readonly string IcuJob = File.ReadAllText(ResumeExpectation.TestData("analysis/jobs/icu_charge_nurse.txt"));

    internal static readonly object Request = new
    {
        resumeText = NurseResume,
        companyName = "Riverside Regional Medical Center",
        jobTitle = "ICU Charge Nurse",
        jobDescription = IcuJob,
        tone = "confident",
    };

    internal static readonly FakeLetter Grounded = new(
        "Dear Riverside Regional Medical Center Hiring Team,",
        [
            "I am applying for the ICU Charge Nurse role. As Charge Nurse at Mercy General Hospital I lead a team of 9 nurses and 4 nursing assistants on a 32-bed telemetry unit.",
            "On that unit I reduced patient falls by 35% in 12 months by introducing hourly rounding, and I trained 14 new graduate nurses in cardiac monitoring and medication administration.",
            "At Sutter Memorial Hospital I documented care in Epic with 99% charting compliance, and I hold BLS and ACLS certification.",
        ],
        "I would welcome the chance to talk about the role.",
        "Best regards,",
        "Maria Gonzalez");

    // Same letter, but the model gives her a job she never had.
    internal static readonly FakeLetter InventsEmployer = Grounded with
    {
        Body = [Grounded.Body[0], "Before that, at Kaiser Permanente, I ran the cardiac step-down unit.", Grounded.Body[2]],
    };

    // Same letter, but the model claims a skill the job wants and the resume lacks.
    private static readonly FakeLetter InventsSkill = Grounded with
    {
        Body = [Grounded.Body[0], Grounded.Body[1], "I am also experienced in ventilator management and hold PALS certification."],
    };

    private async Task<JsonElement> GenerateAsync()
    {
        using var response = await genAi.Client.PostAsJsonAsync("/cover-letter/generate-cover-letter", Request);
        return await AnalysisClient.OkJsonAsync(response);
    }

    [Fact]
    public async Task A_grounded_model_letter_is_returned_with_the_model_named()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = Grounded;
        var answer = await GenerateAsync();
        Assert.Equal("genai", answer.GetProperty("generator").GetString());
        Assert.Equal(FakeOpenAiServer.Model, answer.GetProperty("model").GetString());
        CoverLetterAssertions.HasContractShape(answer);
        Assert.Equal(Grounded.Body, answer.GetProperty("coverLetter").GetProperty("body").EnumerateArray().Select(p => p.GetString()!).ToList());

        // The request the provider saw: the key, the model, a JSON schema for the answer, and a prompt grounded in the resume.
        var request = genAi.Llm.Requests.Last();
        Assert.Equal($"Bearer {FakeOpenAiServer.ApiKey}", genAi.Llm.Authorizations.Last());
        Assert.Equal(FakeOpenAiServer.Model, request["model"]!.GetValue<string>());
        Assert.Equal("json_schema", request["response_format"]!["type"]!.GetValue<string>());
        var prompt = request["messages"]!.ToJsonString();
        Assert.Contains("Mercy General Hospital", prompt);
        Assert.Contains("does NOT show", prompt);
        Assert.Contains("Never invent an employer", prompt);
    }

    [Fact]
    public async Task A_letter_that_invents_an_employer_falls_back_to_the_template()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = InventsEmployer;
        var answer = await GenerateAsync();
        Assert.Equal("template", answer.GetProperty("generator").GetString());
        Assert.DoesNotContain("Kaiser", answer.GetProperty("text").GetString());
        CoverLetterAssertions.StatesOnlyNumbersFromTheResume(answer.GetProperty("text").GetString()!, NurseResume);
    }

    [Fact]
    public async Task A_letter_that_claims_a_missing_skill_falls_back_to_the_template()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = InventsSkill;
        var answer = await GenerateAsync();
        Assert.Equal("template", answer.GetProperty("generator").GetString());
        Assert.DoesNotContain("ventilator", answer.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_failing_provider_is_retried_then_the_template_answers()
    {
        genAi.Llm.FailWith = 500;
        genAi.Llm.Letter = Grounded;
        var before = genAi.Llm.Requests.Count;
        try
        {
            var answer = await GenerateAsync();
            Assert.Equal("template", answer.GetProperty("generator").GetString());
            Assert.Equal(2, genAi.Llm.Requests.Count - before);
        }
        finally
        {
            genAi.Llm.FailWith = null;
        }
    }

    [Fact]
    public async Task The_stream_relays_the_model_text_and_ends_with_the_verified_letter()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = Grounded;
        using var response = await genAi.Client.PostAsJsonAsync("/cover-letter/stream", Request);
        var events = await ServerSentEvents.ReadAllAsync(response);
        var deltas = events.Where(e => e.Type == "delta").Select(e => e.Data).ToList();
        Assert.True(deltas.Count > 5, "the model's text arrives in pieces");
        Assert.Equal(Grounded.Text, string.Concat(deltas));
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("done", events[^1].Type);
        Assert.Equal("genai", done.GetProperty("generator").GetString());
        Assert.Equal("Maria Gonzalez", done.GetProperty("coverLetter").GetProperty("candidateName").GetString());
        Assert.True(genAi.Llm.Requests.Last()["stream"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_streamed_letter_that_invents_an_employer_is_reset_and_replaced_by_the_template()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = InventsEmployer;
        using var response = await genAi.Client.PostAsJsonAsync("/cover-letter/stream", Request);
        var events = await ServerSentEvents.ReadAllAsync(response);
        var reset = events.FindIndex(e => e.Type == "reset");
        Assert.True(reset > 0, "the rejected model text is followed by a reset");
        var after = string.Concat(events.Skip(reset + 1).Where(e => e.Type == "delta").Select(e => e.Data));
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("template", done.GetProperty("generator").GetString());
        Assert.Equal(done.GetProperty("text").GetString(), after);
        Assert.DoesNotContain("Kaiser", after);
    }
}
