namespace CareerCraft.Ml.Analysis;

/// <summary>Findings are listed most serious first.</summary>
public static class FindingOrder
{
    public static int Rank(string severity) => severity switch
    {
        Severities.Critical => 0,
        Severities.Warning => 1,
        _ => 2,
    };
}
