namespace CareerCraft.Web.Services.Backend;

/// <summary>
/// A letter as the editor changes it in place, paragraph by paragraph: made from the ML service's letter or a saved
/// one, and sent back as the contract's <see cref="LetterContent"/>.
/// </summary>
public sealed class LetterDraft
{
    public string Greeting { get; set; } = "";
    public List<string> Body { get; set; } = [];
    public string Closing { get; set; } = "";
    public string SignOff { get; set; } = "";
    public string CandidateName { get; set; } = "";

    /// <summary>The ML service's letter as an editable draft.</summary>
    public static LetterDraft From(CoverLetter letter) => new()
    {
        Greeting = letter.Greeting,
        Body = [.. letter.Body],
        Closing = letter.Closing,
        SignOff = letter.SignOff,
        CandidateName = letter.CandidateName,
    };

    /// <summary>A saved letter as an editable draft.</summary>
    public static LetterDraft From(LetterContent letter) => new()
    {
        Greeting = letter.Greeting ?? "",
        Body = [.. letter.Body ?? []],
        Closing = letter.Closing ?? "",
        SignOff = letter.SignOff ?? "",
        CandidateName = letter.CandidateName ?? "",
    };

    public LetterContent ToContent() => new(Greeting, [.. Body], Closing, SignOff, CandidateName);
}
