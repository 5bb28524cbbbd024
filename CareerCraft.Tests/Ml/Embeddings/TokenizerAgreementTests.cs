using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;

namespace CareerCraft.Tests.Ml.Embeddings;

public sealed class TokenizerAgreementTests
{
    private static readonly MiniLmTokenizer Tokenizer = MiniLmTokenizer.Create(
        Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.VocabularyFileName), maxTokens: 256);

    [Theory]
    [MemberData(nameof(ReferenceFixture.Indexes), MemberType = typeof(ReferenceFixture))]
    public void Token_ids_are_identical_to_the_reference(int index)
    {
        var item = ReferenceFixture.Items[index];
        Assert.Equal(item.TokenIds, Tokenizer.Encode(item.Text));
    }

    [Fact]
    public void Emoji_and_symbols_become_unknown_tokens_instead_of_vanishing()
    {
        var ids = Tokenizer.Encode("ok 🙂 ☃ done");
        Assert.Equal(2, ids.Count(id => id == Tokenizer.UnknownTokenId));
        // "+" and "|" are in the vocabulary and must survive as tokens ([CLS] c + + | x [SEP]), not be dropped.
        Assert.Equal([101, 1039, 1009, 1009, 1064, 1060, 102], Tokenizer.Encode("C++ | x"));
    }

    [Fact]
    public void Tabs_and_newlines_separate_words()
    {
        Assert.Equal(Tokenizer.Encode("nurse and teacher"), Tokenizer.Encode("nurse\tand\r\nteacher"));
    }

    [Fact]
    public void Long_texts_are_cut_at_the_token_limit_like_the_reference()
    {
        var ids = Tokenizer.Encode(string.Join(' ', Enumerable.Repeat("payment services", 400)));
        Assert.Equal(256, ids.Length);
        Assert.Equal(Tokenizer.ClassificationTokenId, ids[0]);
        // Exactly at the limit, [SEP] still fits.
        var fitting = Tokenizer.Encode(string.Join(' ', Enumerable.Repeat("nurse", 254)));
        Assert.Equal(256, fitting.Length);
        Assert.Equal(Tokenizer.SeparatorTokenId, fitting[^1]);
    }

    [Fact]
    public void Empty_text_is_just_the_special_tokens()
    {
        Assert.Equal([Tokenizer.ClassificationTokenId, Tokenizer.SeparatorTokenId], Tokenizer.Encode(""));
    }
}
