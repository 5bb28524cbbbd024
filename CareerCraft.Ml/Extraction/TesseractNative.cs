using System.Runtime.InteropServices;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// The few functions of Tesseract's C API (capi.h) and Leptonica the OCR path needs, bound at run time with
/// <see cref="NativeLibrary"/> so a host without the libraries still starts and answers 422 no-text-layer.
/// </summary>
internal sealed class TesseractNative
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr CreateFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void HandleFn(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int Init3Fn(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string dataPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string language);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SetVariableFn(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void SetIntFn(IntPtr handle, int value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void SetImage2Fn(IntPtr handle, IntPtr pix);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr GetTextFn(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int GetIntFn(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void DeleteTextFn(IntPtr text);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr PixReadMemFn(byte[] data, nuint size);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void PixDestroyFn(ref IntPtr pix);

    public required CreateFn Create { get; init; }
    public required HandleFn Delete { get; init; }
    public required Init3Fn Init3 { get; init; }
    public required SetVariableFn SetVariable { get; init; }
    public required SetIntFn SetPageSegMode { get; init; }
    public required SetIntFn SetSourceResolution { get; init; }
    public required SetImage2Fn SetImage2 { get; init; }
    public required GetTextFn GetUtf8Text { get; init; }
    public required GetIntFn MeanTextConf { get; init; }
    public required HandleFn Clear { get; init; }
    public required DeleteTextFn DeleteText { get; init; }
    public required PixReadMemFn PixReadMem { get; init; }
    public required PixDestroyFn PixDestroy { get; init; }

    /// <summary>Loads both libraries; null with the reason when either (or a function) is missing.</summary>
    public static TesseractNative? TryLoad(string tesseractPath, string leptonicaPath, out string? reason)
    {
        if (!NativeLibrary.TryLoad(tesseractPath, out var tesseract))
        {
            reason = $"the Tesseract library ({tesseractPath}) is not installed";
            return null;
        }
        if (!NativeLibrary.TryLoad(leptonicaPath, out var leptonica))
        {
            reason = $"the Leptonica library ({leptonicaPath}) is not installed";
            return null;
        }
        try
        {
            reason = null;
            return new TesseractNative
            {
                Create = Bind<CreateFn>(tesseract, "TessBaseAPICreate"),
                Delete = Bind<HandleFn>(tesseract, "TessBaseAPIDelete"),
                Init3 = Bind<Init3Fn>(tesseract, "TessBaseAPIInit3"),
                SetVariable = Bind<SetVariableFn>(tesseract, "TessBaseAPISetVariable"),
                SetPageSegMode = Bind<SetIntFn>(tesseract, "TessBaseAPISetPageSegMode"),
                SetSourceResolution = Bind<SetIntFn>(tesseract, "TessBaseAPISetSourceResolution"),
                SetImage2 = Bind<SetImage2Fn>(tesseract, "TessBaseAPISetImage2"),
                GetUtf8Text = Bind<GetTextFn>(tesseract, "TessBaseAPIGetUTF8Text"),
                MeanTextConf = Bind<GetIntFn>(tesseract, "TessBaseAPIMeanTextConf"),
                Clear = Bind<HandleFn>(tesseract, "TessBaseAPIClear"),
                DeleteText = Bind<DeleteTextFn>(tesseract, "TessDeleteText"),
                PixReadMem = Bind<PixReadMemFn>(leptonica, "pixReadMem"),
                PixDestroy = Bind<PixDestroyFn>(leptonica, "pixDestroy"),
            };
        }
        catch (EntryPointNotFoundException ex)
        {
            reason = $"the installed Tesseract or Leptonica library lacks a function ({ex.Message})";
            return null;
        }
    }

    private static T Bind<T>(IntPtr library, string name) where T : Delegate =>
        Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name));
}
