using System.Numerics.Tensors;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Embeddings;

[Collection(MlCollection.Name)]
public sealed class EmbeddingAgreementTests(MlServiceFixture ml)
{
    // The service runs the default precision: fp32 must reproduce the reference implementation, int8 must stay
    // within the quality gate's bound of it (Int8QualityGateTests measures int8 against fp32 itself).
    private static readonly float MinimumCosine = new EmbeddingOptions().Model.Precision == ModelPrecision.Fp32 ? 0.9999f : 0.99f;

    [Fact]
    public async Task Every_reference_item_embedded_together_agrees_with_the_reference()
    {
        var embedder = ml.GetService<ITextEmbedder>();
        var vectors = await embedder.EmbedAsync(ReferenceFixture.Items.Select(i => i.Text).ToList());

        Assert.Equal(384, embedder.Dimensions);
        for (var i = 0; i < vectors.Length; i++)
        {
            var expected = ReferenceFixture.Items[i];
            var cosine = TensorPrimitives.CosineSimilarity(expected.Embedding, vectors[i]);
            Assert.True(cosine >= MinimumCosine, $"Item {i} ('{expected.Text[..Math.Min(40, expected.Text.Length)]}'): cosine {cosine:F6}");
            Assert.Equal(1f, TensorPrimitives.Norm(vectors[i]), 4);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceFixture.Indexes), MemberType = typeof(ReferenceFixture))]
    public async Task Each_reference_item_embedded_alone_agrees_with_the_reference(int index)
    {
        var item = ReferenceFixture.Items[index];
        var vector = (await ml.GetService<ITextEmbedder>().EmbedAsync([item.Text]))[0];
        Assert.True(TensorPrimitives.CosineSimilarity(item.Embedding, vector) >= MinimumCosine);
    }

    [Fact]
    public async Task Meaning_is_close_and_unrelated_text_is_far()
    {
        var vectors = await ml.GetService<ITextEmbedder>().EmbedAsync(
            ["Registered nurse in an intensive care unit", "ICU nurse caring for critically ill adults", "Prepared quarterly tax filings"]);
        var related = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot(vectors[0], vectors[2]);
        Assert.True(related > unrelated + 0.3f, $"related {related:F3}, unrelated {unrelated:F3}");
    }
}
