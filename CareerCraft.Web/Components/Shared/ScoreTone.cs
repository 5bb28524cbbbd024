namespace CareerCraft.Web.Components.Shared;

/// <summary>The three colour bands every score in the app uses, so a gauge and a bar never disagree.</summary>
public static class ScoreTone
{
    public const int Good = 75;
    public const int Fair = 50;

    public static string Of(double percent) => percent switch
    {
        >= Good => "cc-tone-good",
        >= Fair => "cc-tone-fair",
        _ => "cc-tone-poor",
    };
}
