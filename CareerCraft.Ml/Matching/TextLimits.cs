namespace CareerCraft.Ml.Matching;

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
}
