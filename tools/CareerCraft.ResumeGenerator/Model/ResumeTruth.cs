namespace CareerCraft.ResumeGenerator.Model;

/// <summary>
/// What a generated resume really says: the answer key the evaluation compares the ML service's analysis with.
/// Dates are "yyyy-MM" when the document shows a month, "yyyy" when it shows only a year, or "Present".
/// </summary>
public sealed record ResumeTruth(
    int Seed,
    SetHalf Half,
    string Profession,
    ResumeStyle Style,
    ContactTruth Contact,
    IReadOnlyList<string> SectionKinds,
    IReadOnlyList<RoleTruth> Experience,
    IReadOnlyList<SchoolTruth> Education,
    IReadOnlyList<string> Skills,
    bool WellWritten)
{
    /// <summary>A short stable name for files and reports: seed, profession and the layout's main choices.</summary>
    public string Id => $"{Seed:D4}-{Profession}-{Labels.Of(Style.Arrangement)}-{Labels.Of(Style.Header)}-{Labels.Of(Style.Entry)}";
}

public sealed record ContactTruth(string Name, string Email, string Phone, string Location);

/// <param name="Employer">The organisation alone, without its city.</param>
public sealed record RoleTruth(string Employer, string Title, string City, string Start, string End, IReadOnlyList<string> Bullets);

/// <param name="Year">The graduation (last) year.</param>
public sealed record SchoolTruth(string Degree, string Institution, string Year);

/// <summary>
/// Which half of the generated set a resume belongs to: rules may be fitted on <see cref="Fit"/>, results are
/// reported on <see cref="HeldOut"/>. The halves differ by seed parity and draw on disjoint vocabularies.
/// </summary>
public enum SetHalf
{
    Fit,
    HeldOut,
}
