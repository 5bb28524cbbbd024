using CareerCraft.Ml.Extraction;

namespace CareerCraft.Tests.Ml.Extraction;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Nfkc_folds_ligatures_and_full_width_letters()
    {
        Assert.Equal("finance office ABC", TextNormalizer.ApplyNfkc("\uFB01nance o\uFB03ce \uFF21\uFF22\uFF23"));
    }

    [Fact]
    public void Soft_hyphens_are_removed()
    {
        Assert.Equal("engineering", TextNormalizer.RemoveSoftHyphens("engi\u00ADneer\u00ADing"));
    }

    [Theory]
    [InlineData("manage-\nment of teams", "management\nof teams")]
    [InlineData("develop-\nment", "development")]
    [InlineData("develop-\nment\nNext line", "development\nNext line")]
    [InlineData("devel-\nopment, and more", "development,\nand more")]
    public void Words_hyphenated_across_line_ends_are_joined(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.JoinHyphenatedLineBreaks(input));
    }

    [Theory]
    [InlineData("Full-\nStack Developer")]
    [InlineData("2019-\n2021")]
    [InlineData("e-\nmail")]
    [InlineData("Skills -\nmore")]
    public void Names_ranges_and_dashes_keep_their_line_break(string input)
    {
        Assert.Equal(input, TextNormalizer.JoinHyphenatedLineBreaks(input));
    }

    [Fact]
    public void A_compound_the_document_also_writes_hyphenated_keeps_its_hyphen()
    {
        Assert.Equal(
            "building cloud-native\ninfrastructure. Cloud-native Development",
            TextNormalizer.JoinHyphenatedLineBreaks("building cloud-\nnative infrastructure. Cloud-native Development"));
    }

    [Theory]
    [InlineData("\uF0B7 Led a team", "• Led a team")]
    [InlineData("\uF0A7 Shipped", "• Shipped")]
    [InlineData("\uF0D8 Built", "• Built")]
    [InlineData("\u25CF Designed", "• Designed")]
    [InlineData("\u25AA Tested", "• Tested")]
    [InlineData("•Improved", "• Improved")]
    [InlineData("• Already fine", "• Already fine")]
    public void Private_use_and_template_bullets_become_one_bullet(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.MapBullets(input));
    }

    [Theory]
    [InlineData("\uF0E0 jane@example.org", " jane@example.org")]
    [InlineData("Call \uF095 555", "Call  555")]
    [InlineData("x\uFFFDy\u200Bz\uFEFF", "xyz")]
    [InlineData("a\u0007b", "ab")]
    [InlineData("\U000F0001github", "github")]
    [InlineData("\u0304 www.linkedin.com", " www.linkedin.com")]
    [InlineData("caf\u0065\u0301", "caf\u0065\u0301")]
    [InlineData("smile \U0001F600", "smile \U0001F600")]
    public void Icon_font_junk_is_removed_and_real_text_kept(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.RemoveIconJunk(input));
    }

    [Fact]
    public void Odd_whitespace_collapses_while_lines_and_paragraphs_stay()
    {
        var input = "  Jane\u00A0\u00A0Doe\t\tEngineer  \n\n\n\nSkills:\u2003C#,\u2009.NET \n  Line two";
        Assert.Equal("Jane Doe Engineer\n\nSkills: C#, .NET\nLine two", TextNormalizer.CollapseWhitespace(input));
    }

    [Fact]
    public void Line_breaks_are_unified()
    {
        Assert.Equal("a\nb\nc\nd\ne", TextNormalizer.UnifyLineBreaks("a\r\nb\rc\u2028d\u2029e"));
    }

    [Fact]
    public void Normalize_applies_every_rule_together()
    {
        var input = "\uFEFFJane\u00A0Doe \uF0E0\r\n\uF0B7 Built a ﬁnancial dash-\r\nboard in\u00ADternally\t\r\n\r\n\r\nEDUCATION";
        Assert.Equal("Jane Doe\n• Built a financial dashboard\ninternally\n\nEDUCATION", TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_of_nothing_is_empty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(""));
        Assert.Equal(string.Empty, TextNormalizer.Normalize(" \u00A0\n\t\uF0E0 "));
    }
}
