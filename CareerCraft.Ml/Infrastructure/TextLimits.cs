namespace CareerCraft.Ml.Infrastructure;

/// <summary>
/// Input caps for matching and ranking. They are far above any real resume or posting (a dense two-page resume is
/// ~8,000 characters) and keep one request from monopolising the shared model.
/// </summary>
public static class TextLimits
{
    public const int MaxResumeCharacters = 50_000;
    public const int MaxJobDescriptionCharacters = 20_000;
    public const int MaxJobsPerRanking = 1_000;
    public const int MaxJobIdLength = 200;
    public const int MaxJobTitleLength = 300;

    /// <summary>Two texts of at most 100,000 characters, UTF-8, JSON-escaped, with room for the optional fields.</summary>
    public const long MaxJsonBodyBytes = 2 * 1024 * 1024;

    /// <summary>A match's two texts, JSON-escaped, fit well within the analysis endpoint's cap, so it is the same.</summary>
    public const long MaxJobMatchBodyBytes = MaxJsonBodyBytes;

    /// <summary>
    /// A ranking carries up to 1,000 postings: 8 MB holds 1,000 postings of about 8,000 characters (a long posting is
    /// 5,000) and stops a body of 1,000 postings at the full 20,000-character cap, which no user sends.
    /// </summary>
    public const long MaxJobRankBodyBytes = 8 * 1024 * 1024;
}
