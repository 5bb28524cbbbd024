namespace CareerCraft.Ml.Documents;

/// <summary>
/// Told when a resume's text has been read for an analysis, so a feature can get ahead on its own work (the job
/// match embeds the resume's lines) without the analysis knowing who listens.
/// </summary>
public interface IResumeReadListener
{
    /// <summary>Must return at once: the analysis' answer waits for it.</summary>
    void ResumeRead(string resumeText);
}
