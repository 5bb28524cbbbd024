namespace CareerCraft.Ml.Infrastructure;

/// <summary>The ML service's RFC 9457 problem <c>type</c> URIs; clients switch on the last segment.</summary>
public static class ProblemTypes
{
    private const string Base = "https://careercraft.dev/problems/";

    public const string FileTooLarge = Base + "file-too-large";
    public const string UnsupportedFormat = Base + "unsupported-format";
    public const string PasswordProtected = Base + "password-protected";
    public const string DamagedFile = Base + "damaged-file";
    public const string NoTextLayer = Base + "no-text-layer";

    /// <summary>Past a structural limit (nesting, image size, memory, time), or it stopped an extraction worker.</summary>
    public const string TooComplex = Base + "too-complex";
    public const string InvalidInput = Base + "invalid-input";
    public const string Overloaded = Base + "overloaded";
}
