using WordSet = System.Collections.Generic.HashSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace CareerCraft.Ml.Skills;

/// <summary>A form found in the text: tokens <c>First</c> to <c>Last</c> inclusive.</summary>
internal readonly record struct SkillCandidate(SkillForm Form, int First, int Last);

/// <summary>
/// Decides whether an ambiguous form ("Go", "C", "R", "Swift", "Spring", "Word" ...) is meant as a skill. Such forms are
/// flagged <c>needsContext</c> in the data; they already had to match in their exact case, and they are accepted when
/// at least one of these holds:
/// <list type="number">
/// <item><b>Skills line.</b> The line is under a skills heading ("Technical Skills", "SKILLS", "Core Competencies:") up
/// to the next other heading ("Experience", "Education" ...), or starts with a label such as "Languages:" or
/// "Tech stack:".</item>
/// <item><b>Next to other skills.</b> It belongs to a run of mentions on one line joined only by list punctuation or
/// "and"/"or" ("Go, Rust and Python", "C and C++", "R/SQL"), and that run holds an unambiguous skill, a member with
/// a telling word ("Go and Rust developer") or at least three mentions.</item>
/// <item><b>A telling word.</b> It is followed by a word such as "developer", "programming", "code", "framework"
/// ("Go developer", "R programming"), or preceded by "in", "with", "using" or "via" when not followed by a number or a
/// capitalised name ("written in Go", but not "in Spring 2021" or "with Chef Ramsay").</item>
/// </list>
/// Independently of context, an ambiguous form glued to its neighbours by "&amp;", an apostrophe, "@", a hyphen or a
/// dotted name is never a skill: "R&amp;D", "C-suite", "Go-live", "j.r@mail", "R.J." (see <see cref="SkillExtractor"/>).
/// </summary>
internal sealed class SkillContext
{
    private const int MaxWordsInHeading = 5;
    private const int MaxGapTokens = 3;
    private const int LabelSearchTokens = 8;

    private static readonly WordSet SkillHeadingWords = Words(
        "skills", "skill", "technologies", "technology", "tech", "tools", "tooling", "toolkit", "toolbox", "stack",
        "competencies", "competences", "competency", "proficiencies", "proficient", "familiar", "expertise",
        "languages", "frameworks", "libraries", "software", "platforms", "programming", "databases", "environments",
        "qualifications", "strengths", "knowledge");

    private static readonly WordSet OtherHeadingWords = Words(
        "experience", "employment", "education", "projects", "certifications", "certificates", "licenses", "licences",
        "awards", "honors", "honours", "publications", "summary", "profile", "objective", "references", "volunteer",
        "volunteering", "interests", "hobbies", "achievements", "accomplishments", "activities", "training", "courses",
        "coursework", "history", "contact", "affiliations", "memberships", "career");

    private static readonly WordSet ConnectorWords = Words(
        "and", "or", "plus", "as", "well", "nor");

    private static readonly WordSet PrefixCues = Words(
        "in", "with", "using", "via");

    private static readonly WordSet SuffixCues = Words(
        "developer", "developers", "development", "engineer", "engineers", "programmer", "programmers", "programming",
        "code", "coding", "codebase", "language", "script", "scripts", "scripting", "framework", "library",
        "libraries", "package", "packages", "module", "modules", "microservices", "services", "backend", "api", "apis",
        "sdk", "runtime", "toolchain", "compiler", "applications", "apps", "documents", "spreadsheets", "macros",
        "templates", "cookbooks", "manifests", "playbooks", "certification", "certified", "campaign", "campaigns",
        "agency", "strategy");

    private readonly string text;
    private readonly List<TextToken> tokens;
    private readonly List<SkillCandidate> candidates;
    private bool[]? skillLines;
    private int[]? groupOf;
    private bool[]? groupAccepted;

    public SkillContext(string text, List<TextToken> tokens, List<SkillCandidate> candidates)
    {
        this.text = text;
        this.tokens = tokens;
        this.candidates = candidates;
    }

    public bool Accepts(int candidateIndex)
    {
        var candidate = candidates[candidateIndex];
        return IsOnSkillLine(tokens[candidate.First].Line)
            || IsNextToOtherSkills(candidateIndex)
            || HasTellingWord(candidate);
    }

    private bool IsOnSkillLine(int line)
    {
        skillLines ??= FindSkillLines();
        return skillLines[line];
    }

    private bool IsNextToOtherSkills(int candidateIndex)
    {
        if (groupOf is null)
        {
            BuildGroups();
        }
        return groupAccepted![groupOf![candidateIndex]];
    }

    private bool HasTellingWord(SkillCandidate candidate)
    {
        var line = tokens[candidate.First].Line;
        var next = candidate.Last + 1 < tokens.Count && tokens[candidate.Last + 1].Line == line ? tokens[candidate.Last + 1] : (TextToken?)null;
        if (next is { Kind: TokenKind.Word } word && SuffixCues.Contains(Span(word)))
        {
            return true;
        }
        if (candidate.First == 0 || tokens[candidate.First - 1] is not { Kind: TokenKind.Word } previous
            || previous.Line != line || !PrefixCues.Contains(Span(previous)))
        {
            return false;
        }
        // "in Spring 2021", "with Chef Ramsay": a number or a capitalised name after the form means it was not a skill.
        return next is not { Kind: TokenKind.Word } following
            || (!char.IsDigit(text[following.Start]) && !char.IsUpper(text[following.Start]));
    }

    private bool[] FindSkillLines()
    {
        var lineCount = tokens.Count == 0 ? 1 : tokens[^1].Line + 1;
        var result = new bool[lineCount];
        var inSkillsSection = false;
        var start = 0;
        while (start < tokens.Count)
        {
            var line = tokens[start].Line;
            var end = start;
            while (end < tokens.Count && tokens[end].Line == line)
            {
                end++;
            }
            if (IsHeading(start, end, SkillHeadingWords))
            {
                inSkillsSection = true;
            }
            else if (inSkillsSection && IsHeading(start, end, OtherHeadingWords))
            {
                inSkillsSection = false;
            }
            result[line] = inSkillsSection || HasSkillLabel(start, end);
            start = end;
        }
        return result;
    }

    /// <summary>A short line in Title Case or upper case, or ending with a colon, holding one of the words.</summary>
    private bool IsHeading(int start, int end, WordSet words)
    {
        var wordCount = 0;
        var hasWord = false;
        var capitalised = true;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                if (text[token.Start] is not (':' or '&' or '/' or '|' or '-' or '\u2013' or '\u2014'))
                {
                    return false;
                }
                continue;
            }
            if (token.Kind == TokenKind.Opaque || ++wordCount > MaxWordsInHeading)
            {
                return false;
            }
            var span = Span(token);
            hasWord |= words.Contains(span);
            capitalised &= char.IsUpper(span[0]) || ConnectorWords.Contains(span) || span is "of" or "the";
        }
        return hasWord && (capitalised || text[tokens[end - 1].Start] == ':');
    }

    /// <summary>"Languages: Go, Python", "Tech stack: ..." — a label holding a skills word before a colon.</summary>
    private bool HasSkillLabel(int start, int end)
    {
        var hasWord = false;
        for (var i = start; i < end && i < start + LabelSearchTokens; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && text[token.Start] == ':')
            {
                return hasWord;
            }
            hasWord |= token.Kind == TokenKind.Word && SkillHeadingWords.Contains(Span(token));
        }
        return false;
    }

    /// <summary>Chains neighbouring mentions joined only by list punctuation or connector words.</summary>
    private void BuildGroups()
    {
        groupOf = new int[candidates.Count];
        var anchored = new List<bool>();
        var sizes = new List<int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (c == 0 || !AreJoined(candidates[c - 1], candidates[c]))
            {
                anchored.Add(false);
                sizes.Add(0);
            }
            var group = anchored.Count - 1;
            groupOf[c] = group;
            anchored[group] |= !candidates[c].Form.NeedsContext || HasTellingWord(candidates[c]);
            sizes[group]++;
        }
        groupAccepted = new bool[anchored.Count];
        for (var g = 0; g < anchored.Count; g++)
        {
            groupAccepted[g] = anchored[g] || sizes[g] >= 3;
        }
    }

    private bool AreJoined(SkillCandidate left, SkillCandidate right)
    {
        if (tokens[left.Last].Line != tokens[right.First].Line || right.First - left.Last - 1 > MaxGapTokens)
        {
            return false;
        }
        for (var i = left.Last + 1; i < right.First; i++)
        {
            var token = tokens[i];
            var joins = token.Kind switch
            {
                TokenKind.Word => ConnectorWords.Contains(Span(token)),
                TokenKind.Symbol => text[token.Start] is ',' or ';' or '/' or '|' or '&' or '(' or ')' or '+' or '-'
                    or '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '\u2013' or '\u2014' or '*',
                _ => false,
            };
            if (!joins)
            {
                return false;
            }
        }
        return true;
    }

    private ReadOnlySpan<char> Span(TextToken token) => text.AsSpan(token.Start, token.Length);

    // Span lookups, so that checking a token allocates nothing.
    private static WordSet Words(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
