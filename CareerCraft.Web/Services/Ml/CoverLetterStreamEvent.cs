namespace CareerCraft.Web.Services.Ml;

/// <summary>One event of <c>POST /cover-letter/stream</c>, as the letter is being written.</summary>
public abstract record CoverLetterStreamEvent;

/// <summary>A piece of letter text to append to what has been shown so far.</summary>
public sealed record CoverLetterDelta(string Text) : CoverLetterStreamEvent;

/// <summary>
/// The text shown so far is withdrawn: the model's letter failed the fact check against the resume (or the model
/// failed mid-way), and the template letter follows.
/// </summary>
public sealed record CoverLetterReset : CoverLetterStreamEvent;

/// <summary>The finished letter, exactly as <c>generate-cover-letter</c> would have answered.</summary>
public sealed record CoverLetterDone(CoverLetterResponse Result) : CoverLetterStreamEvent;
