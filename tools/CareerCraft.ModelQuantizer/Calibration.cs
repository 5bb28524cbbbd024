using CareerCraft.ModelQuantizer.Onnx;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CareerCraft.ModelQuantizer;

/// <summary>
/// Runs the fp32 model on a few resume-like texts and records, for each named activation, the largest magnitude each
/// of its channels (last dimension) reaches: what <see cref="ActivationSmoothing"/> divides out.
/// </summary>
internal static class Calibration
{
    // Short and long, prose and resume lines, names, tool names, contact lines, other scripts: the shapes the service
    // embeds. None is a text of the reference fixture the quality gate measures with (Int8QualityGateTests), so the
    // gate judges the calibration on texts it never saw.
    private static readonly string[] Texts =
    [
        "y", "AI", "Go", "SQL", "Docker", "Java", "AWS", "Excel", "Jane Roe", "Summary", "Work history", "Education", "Skills",
        "The weather was pleasant for most of the afternoon.",
        "Two children are playing football in the park.",
        "Staff software engineer with ten years of experience building distributed systems in Rust and Kotlin.",
        "Supervised a ward of 28 beds and trained six new nurses; cut medication errors by 40% in one year.",
        "Responsible for month-end close, fixed-asset registers and audit preparation under IFRS.",
        "Mail: r.roe@contoso.example - Tel. 020 7946 0958 - www.linkedin.com/in/rroe",
        "2019 - Present Platform Engineer, Contoso Ltd, Seattle, WA",
        "B.Sc. Computer Science, University of Washington, 2015; GPA 3.8",
        "We are looking for a data engineer with Scala, Kafka and GCP experience to join our analytics team.",
        "Must have: 3+ years of Angular, RxJS and REST APIs; nice to have: GraphQL, Terraform, Azure DevOps.",
        "Инженер-программист в Москве, опыт работы с Python и PostgreSQL",
        "서울에서 일하는 데이터 분석가", "北京的前端开发工程师",
        "Ingénieure logiciel à Lyon, spécialisée en apprentissage automatique.",
        "Shipped a React Native app used by 120,000 patients to book clinic appointments ★★★★☆",
        "Certifications\tAWS Solutions Architect – Associate (2022)\nCKA (2023)",
        "◦ Migrated 14 services to Kubernetes, saving $180k a year in hosting",
    ];

    public static Dictionary<string, float[]> ChannelMaxima(ModelProto model, IReadOnlyCollection<string> activations, string vocabularyPath)
    {
        var probe = model.Clone();
        foreach (var name in activations)
        {
            probe.Graph!.Output.Add(new ValueInfoProto
            {
                Name = name,
                Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float } },
            });
        }
        var tokenizer = WordPieceTokenizer.Load(vocabularyPath);
        using var options = new SessionOptions { IntraOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(probe.ToByteArray(), options);
        var maxima = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var encoded = Texts.Select(tokenizer.Encode).ToList();
        // Each text alone, then all of them in one padded batch: padding positions are computed too, and their values
        // count towards a batch's quantization range as much as the texts'.
        foreach (var batch in encoded.Select(ids => new[] { ids }).Append([.. encoded]))
        {
            var inputs = session.InputMetadata.Keys.Select(input => NamedOnnxValue.CreateFromTensor(input, InputTensor(input, batch))).ToList();
            using var results = session.Run(inputs, activations.ToList());
            foreach (var result in results)
            {
                var tensor = result.AsTensor<float>();
                var channels = tensor.Dimensions[^1];
                if (!maxima.TryGetValue(result.Name, out var max))
                {
                    maxima[result.Name] = max = new float[channels];
                }
                var values = tensor.ToArray();
                for (var i = 0; i < values.Length; i++)
                {
                    max[i % channels] = Math.Max(max[i % channels], Math.Abs(values[i]));
                }
            }
        }
        return maxima;
    }

    private static DenseTensor<long> InputTensor(string input, long[][] batch)
    {
        var length = batch.Max(ids => ids.Length);
        var values = new long[batch.Length * length];
        for (var row = 0; row < batch.Length; row++)
        {
            for (var i = 0; i < batch[row].Length; i++)
            {
                values[row * length + i] = input switch
                {
                    "input_ids" => batch[row][i],
                    "attention_mask" => 1,
                    _ => 0,
                };
            }
        }
        return new DenseTensor<long>(values, [batch.Length, length]);
    }
}
