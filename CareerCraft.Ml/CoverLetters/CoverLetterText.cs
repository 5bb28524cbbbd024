using System.Text;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>The letter as plain text (greeting, paragraphs, closing, sign-off, name, separated by blank lines) and back.</summary>
public static class CoverLetterText
{
    public static string Format(CoverLetter letter)
    {
        var text = new StringBuilder();
        text.Append(letter.Greeting).Append("\n\n");
        foreach (var paragraph in letter.Body)
        {
            text.Append(paragraph).Append("\n\n");
        }
        text.Append(letter.Closing).Append("\n\n").Append(letter.SignOff);
        if (letter.CandidateName.Length > 0)
        {
            text.Append('\n').Append(letter.CandidateName);
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads a streamed plain-text letter back into parts: the first block is the greeting, the last lines hold the
    /// sign-off and the name, the block before them is the closing. Null when the text is not letter-shaped.
    /// </summary>
    public static CoverLetter? Parse(string text, string candidateName)
    {
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Trim())
            .Where(b => b.Length > 0)
            .ToList();
        if (blocks.Count < 5)
        {
            return null;
        }
        var greeting = blocks[0];
        var last = blocks[^1].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string signOff;
        string name;
        int closingIndex;
        if (last.Length >= 2)
        {
            signOff = last[0];
            name = string.Join(' ', last[1..]);
            closingIndex = blocks.Count - 2;
        }
        else
        {
            // Sign-off and name in separate blocks.
            signOff = blocks[^2];
            name = last[0];
            closingIndex = blocks.Count - 3;
        }
        if (closingIndex < 2 || signOff.Length > 40 || greeting.Length > 80)
        {
            return null;
        }
        var body = blocks.GetRange(1, closingIndex - 1);
        return new CoverLetter(greeting, body, blocks[closingIndex], signOff, candidateName.Length > 0 ? candidateName : name);
    }
}
