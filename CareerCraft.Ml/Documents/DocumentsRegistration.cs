using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Documents;

public static class DocumentsRegistration
{
    /// <summary>
    /// The resume document model every feature reads through: the lexicon (headings, verbs, entities, places), the
    /// parser and the bullet reader. Registered once here, so no feature depends on another having registered it.
    /// </summary>
    public static IHostApplicationBuilder AddResumeDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ResumeLexicon.Load());
        builder.Services.AddSingleton<ResumeParser>();
        builder.Services.AddSingleton<BulletAnalyzer>();
        return builder;
    }
}
