using CareerCraft.ModelQuantizer;
using CareerCraft.ModelQuantizer.Onnx;
using Google.Protobuf;

// Usage: CareerCraft.ModelQuantizer <fp32 model.onnx> <int8 output.onnx>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CareerCraft.ModelQuantizer <fp32 model.onnx> <int8 output.onnx>");
    return 2;
}

var (input, output) = (args[0], args[1]);
// Parsed from bytes: a stream parse stops at 100 MB by default, and the fp32 model is close to that.
var model = ModelProto.Parser.ParseFrom(await File.ReadAllBytesAsync(input));

// The vocabulary lies next to the model (the build extracts both): calibration tokenizes with it.
var smoothed = ActivationSmoothing.Apply(model, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, "vocab.txt"));
var summary = DynamicQuantizer.Quantize(model);
if (summary.MatMuls + summary.Gemms == 0)
{
    Console.Error.WriteLine($"{input}: no MatMul or Gemm with an fp32 weight initializer; nothing to quantize.");
    return 1;
}

// Written aside and moved, so an interrupted build never leaves a truncated model that looks up to date.
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var temp = output + ".tmp";
await using (var stream = File.Create(temp))
{
    model.WriteTo(stream);
}
File.Move(temp, output, overwrite: true);

Console.WriteLine(
    $"Quantized {summary.MatMuls} MatMul and {summary.Gemms} Gemm weights to per-channel int8 " +
    $"({summary.FloatBytesBefore / 1_048_576.0:F1} MB fp32 -> {summary.Int8Bytes / 1_048_576.0:F1} MB), " +
    $"fused {summary.FusedBiases} biases, smoothed {smoothed} layer inputs, left {summary.SkippedNodes} activation products in fp32: {output}");
return 0;
