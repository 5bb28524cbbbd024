namespace CareerCraft.Ml.Skills;

/// <summary>
/// Finds taxonomy skills in a text in one pass over its tokens.
/// <para>Matching rules:</para>
/// <list type="bullet">
/// <item>Forms are matched on whole tokens (word boundaries come free: "Java" is not found in "JavaScript"), case-
/// insensitively unless the data flags them <c>exactCase</c> or <c>needsContext</c>; those match as written, or in
/// capitals when the form is a capitalised word ("EXCEL" in an all-caps skills line, never "excel").</item>
/// <item>At each token the longest form wins ("Spring Boot" over "Spring", "C++" over "C", "go-to-market" over
/// "Go"), then scanning continues after it, so a text's words belong to at most one mention.</item>
/// <item>Symbols are matched as written and glued as written: "C#", "C++", ".NET", "Node.js", "CI/CD", "A/B testing";
/// a form must not run on into "#" or "+" ("C" is not found in "C+"), a form starting with a word must not follow a
/// glued dot ("config.go"), and no form spans a line break, an e-mail address or a URL.</item>
/// <item>Ambiguous forms (<c>needsContext</c>) must also not be glued to "&amp;", an apostrophe, "@", a hyphen or a
/// dotted initial ("R&amp;D", "C-suite", "R.J."), and must stand in a skill context (<see cref="SkillContext"/>).</item>
/// </list>
/// The taxonomy is loaded once; this class holds no per-call state and is safe to share between threads.
/// </summary>
public sealed class SkillExtractor(SkillTaxonomy taxonomy) : ISkillExtractor
{
    public IReadOnlyList<Skill> Skills => taxonomy.Skills;

    public IReadOnlyList<SkillMention> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var tokens = SkillTokenizer.Tokenize(text);
        var candidates = new List<SkillCandidate>();
        var needsContext = false;
        for (var i = 0; i < tokens.Count;)
        {
            if (LongestAt(text, tokens, i) is { } candidate)
            {
                candidates.Add(candidate);
                needsContext |= candidate.Form.NeedsContext;
                i = candidate.Last + 1;
            }
            else
            {
                i++;
            }
        }
        if (candidates.Count == 0)
        {
            return [];
        }
        var context = needsContext ? new SkillContext(text, tokens, candidates) : null;
        var seen = new HashSet<Skill>(ReferenceEqualityComparer.Instance);
        var mentions = new List<SkillMention>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (seen.Contains(candidate.Form.Skill) || (candidate.Form.NeedsContext && !context!.Accepts(c)))
            {
                continue;
            }
            seen.Add(candidate.Form.Skill);
            var start = tokens[candidate.First].Start;
            mentions.Add(new SkillMention(candidate.Form.Skill, text[start..tokens[candidate.Last].End], start));
        }
        return mentions;
    }

    /// <summary>
    /// The skill a name or alias stands for, as a whole: case and context are not checked, because the caller already
    /// says it is a skill ("go" in a list of required skills is Go).
    /// </summary>
    public Skill? Resolve(string nameOrAlias)
    {
        if (string.IsNullOrWhiteSpace(nameOrAlias))
        {
            return null;
        }
        var text = nameOrAlias.Trim();
        var tokens = SkillTokenizer.Tokenize(text);
        var node = taxonomy.Root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            node = node.Next(text.AsSpan(token.Start, token.Length));
            if (node is null || (node.GlueMatters && node.GlueBefore != token.Glued))
            {
                return null;
            }
        }
        return node.Form?.Skill;
    }

    private SkillCandidate? LongestAt(string text, List<TextToken> tokens, int first)
    {
        var start = tokens[first];
        if (start.Kind == TokenKind.Opaque || (start.Kind == TokenKind.Word && FollowsGluedDot(text, tokens, first)))
        {
            return null;
        }
        SkillCandidate? best = null;
        var node = taxonomy.Root;
        for (var j = first; j < tokens.Count; j++)
        {
            var token = tokens[j];
            if (j > first && (token.Line != start.Line || token.Kind == TokenKind.Opaque))
            {
                break;
            }
            var child = node.Next(text.AsSpan(token.Start, token.Length));
            if (child is null || (child.GlueMatters && child.GlueBefore != token.Glued))
            {
                break;
            }
            node = child;
            if (node.Form is { } form && IsAcceptableMatch(text, tokens, form, first, j))
            {
                best = new SkillCandidate(form, first, j);
            }
        }
        return best;
    }

    private static bool IsAcceptableMatch(string text, List<TextToken> tokens, SkillForm form, int first, int last)
    {
        if (form.ExactCase)
        {
            for (var k = first; k <= last; k++)
            {
                if (!IsWrittenAs(text.AsSpan(tokens[k].Start, tokens[k].Length), form.Tokens[k - first]))
                {
                    return false;
                }
            }
        }
        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
        var hasGluedNext = last + 1 < tokens.Count && next.Glued && next.Line == tokens[last].Line;
        if (hasGluedNext && next.Kind == TokenKind.Symbol && text[next.Start] is '#' or '+')
        {
            return false;
        }
        return !form.NeedsContext || IsCleanlySeparated(text, tokens, first, last, hasGluedNext ? next : null);
    }

    private static bool IsCleanlySeparated(string text, List<TextToken> tokens, int first, int last, TextToken? gluedNext)
    {
        if (tokens[first].Hyphenated || (gluedNext is { } hyphenNext && hyphenNext.Hyphenated))
        {
            return false;
        }
        if (first > 0 && tokens[first].Glued && tokens[first - 1] is { Kind: TokenKind.Symbol } before
            && text[before.Start] is '&' or '\'' or '\u2019' or '@' or '.')
        {
            return false;
        }
        if (gluedNext is not { Kind: TokenKind.Symbol } after)
        {
            return true;
        }
        if (text[after.Start] is '&' or '\'' or '\u2019' or '@')
        {
            return false;
        }
        // "R.J." is an initial; "C." at the end of a sentence is not.
        return text[after.Start] != '.'
            || last + 2 >= tokens.Count
            || !(tokens[last + 2].Glued && tokens[last + 2].Kind == TokenKind.Word);
    }

    /// <summary>
    /// As written, or in capitals when the form is a capitalised word: an all-caps line ("EXCEL, REACT, GO") has lost the
    /// case that would tell, so it is given the benefit of the doubt, while "excel" and "react" in lower case still do
    /// not match, nor does "SAFE" match "SAFe" or "DBT" match "dbt", whose own mixed case is what tells them apart.
    /// </summary>
    private static bool IsWrittenAs(ReadOnlySpan<char> token, string form) =>
        token.SequenceEqual(form)
        || (token.Length > 1 && IsCapitalisedWord(form) && !HasLower(token) && token.Equals(form, StringComparison.OrdinalIgnoreCase));

    private static bool IsCapitalisedWord(string form) => char.IsUpper(form[0]) && !HasUpper(form.AsSpan(1));

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FollowsGluedDot(string text, List<TextToken> tokens, int index) =>
        index >= 2
        && tokens[index].Glued
        && tokens[index - 1] is { Kind: TokenKind.Symbol, Glued: true } dot
        && text[dot.Start] == '.'
        && tokens[index - 2].Kind == TokenKind.Word;
}
