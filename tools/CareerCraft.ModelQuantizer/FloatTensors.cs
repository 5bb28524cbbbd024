using System.Runtime.InteropServices;
using CareerCraft.ModelQuantizer.Onnx;
using Google.Protobuf;

namespace CareerCraft.ModelQuantizer;

/// <summary>Reads fp32 initializers and writes the quantizer's own ones, in either of ONNX's storage forms.</summary>
internal static class FloatTensors
{
    public static bool IsFloat(TensorProto tensor) => tensor.DataType == (int)TensorProto.Types.DataType.Float;

    /// <summary>The values of an fp32 initializer, whether the exporter used <c>raw_data</c> or <c>float_data</c>.</summary>
    public static float[] Read(TensorProto tensor)
    {
        if (!IsFloat(tensor))
        {
            throw new InvalidDataException($"Initializer '{tensor.Name}' is not fp32 (data type {tensor.DataType}).");
        }
        if (tensor.HasRawData)
        {
            // ONNX stores raw data little-endian, as every platform .NET runs this tool on.
            return MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray();
        }
        return [.. tensor.FloatData];
    }

    public static TensorProto Float(string name, float[] values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
        return tensor;
    }

    public static TensorProto Int8(string name, sbyte[] values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int8 };
        tensor.Dims.AddRange(dims);
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
        return tensor;
    }
}
