namespace CareerCraft.Web.Services.Backend;

/// <summary>What ML read from a file the web is about to store: its text and the analysis shown to the person.</summary>
public sealed record ResumeReading(string Text, AnalysisResponse Analysis);
