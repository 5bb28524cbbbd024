namespace CareerCraft.Tests.Web.Browser;

/// <summary>A failed browser step, with what the page and the services showed at that moment.</summary>
public sealed class BrowserStepException(string report, Exception inner)
    : Exception($"{inner.Message}{Environment.NewLine}{report}", inner);
