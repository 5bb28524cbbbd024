namespace CareerCraft.ResumeGenerator.Model;

/// <summary>
/// What the resume shows, in reading order, before any renderer lays it out: the renderers only decide where each
/// line goes and how it looks, so every format of one seed carries exactly the same words.
/// </summary>
public sealed record ResumePlan(PlanHeader Header, IReadOnlyList<PlanSection> Sections, IReadOnlyList<string> Footer)
{
    /// <summary>Every word the document shows, for checking that a reported skill is really in it.</summary>
    public string AllText() => string.Join('\n',
        new[] { Header.Name, Header.Tagline ?? "" }
            .Concat(Header.Lines)
            .Concat(Sections.SelectMany(s => s.Items.Select(i => i.Text).Prepend(s.Heading)))
            .Concat(Footer));
}

/// <param name="Name">As displayed (capitals for <see cref="HeaderStyle.AllCapsName"/>).</param>
/// <param name="Lines">Contact lines under the name (none when contact is in the footer or side column).</param>
public sealed record PlanHeader(string Name, string? Tagline, IReadOnlyList<string> Lines);

/// <param name="Kind">The contract's section kind, or "contact" for a side column's contact block.</param>
/// <param name="Side">Belongs in the narrow column of a sidebar layout.</param>
public sealed record PlanSection(string Kind, string Heading, bool Side, IReadOnlyList<PlanItem> Items);

public enum Emphasis
{
    Plain,
    Bold,
    Italic,
}

public abstract record PlanItem(string Text);

/// <summary>An entry header line: text on the left, optionally dates (or a city) aligned right.</summary>
public sealed record EntryLine(string Left, string? Right, Emphasis Emphasis)
    : PlanItem(Right is null ? Left : Left + " " + Right);

/// <summary>A paragraph that wraps (a summary, a skills list, an education line).</summary>
public sealed record TextLine(string Value) : PlanItem(Value);

/// <summary>A bulleted line; a renderer marks it as a list item in its own way.</summary>
public sealed record BulletLine(string Value) : PlanItem(Value);
