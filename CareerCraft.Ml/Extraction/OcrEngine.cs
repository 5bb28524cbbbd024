using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Extraction;

/// <summary>The outcome of recognising one page image.</summary>
public sealed record OcrPage(string Text, int MeanConfidence);

/// <summary>
/// Tesseract OCR (libtesseract.so.5 through P/Invoke, page segmentation mode 3 = fully automatic layout) for image-only
/// PDF pages. One engine, initialised once (loading the English model costs a few hundred ms) and used by one page
/// at a time, because a TessBaseAPI handle is not thread-safe.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    private const int PageSegModeAuto = 3;

    private readonly OcrOptions _options;
    private readonly ILogger<OcrEngine> _logger;
    private readonly Lock _gate = new();
    private TesseractNative? _native;
    private IntPtr _handle;
    private bool _initialised;
    private bool _disposed;

    public OcrEngine(IOptions<OcrOptions> options, ILogger<OcrEngine> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Why OCR cannot run on this host, or null when it can (after <see cref="EnsureInitialised"/>).</summary>
    public string? UnavailableReason { get; private set; }

    public bool IsAvailable
    {
        get
        {
            EnsureInitialised();
            return UnavailableReason is null;
        }
    }

    /// <summary>Loads the libraries and the language model once; later calls return at once.</summary>
    public void EnsureInitialised()
    {
        lock (_gate)
        {
            if (_initialised)
            {
                return;
            }
            _initialised = true;
            if (!_options.Enabled)
            {
                UnavailableReason = "OCR is turned off in this service's configuration";
                return;
            }
            var native = TesseractNative.TryLoad(_options.LibraryPath, _options.LeptonicaPath, out var reason);
            if (native is null)
            {
                UnavailableReason = reason;
                _logger.LogWarning("OCR for scanned PDFs is unavailable: {Reason}. Install tesseract-ocr and tesseract-ocr-eng to enable it.", reason);
                return;
            }
            var handle = native.Create();
            if (native.Init3(handle, _options.TessdataPath, _options.Language) != 0)
            {
                native.Delete(handle);
                UnavailableReason = $"the Tesseract language data '{_options.Language}' was not found under {_options.TessdataPath}";
                _logger.LogWarning("OCR for scanned PDFs is unavailable: {Reason}.", UnavailableReason);
                return;
            }
            // Tesseract writes diagnostics to stderr by default; the service logs what matters itself.
            native.SetVariable(handle, "debug_file", "/dev/null");
            native.SetPageSegMode(handle, PageSegModeAuto);
            _native = native;
            _handle = handle;
            _logger.LogInformation("OCR ready (Tesseract, language {Language})", _options.Language);
        }
    }

    /// <summary>Recognises one encoded image (PNG, JPEG, TIFF...) drawn at <paramref name="dpi"/>.</summary>
    public OcrPage Recognise(byte[] encodedImage, int dpi)
    {
        EnsureInitialised();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_native is null)
            {
                throw new InvalidOperationException("OCR is unavailable: " + UnavailableReason);
            }
            var pix = _native.PixReadMem(encodedImage, (nuint)encodedImage.Length);
            if (pix == IntPtr.Zero)
            {
                throw new InvalidDataException("The page image could not be decoded for OCR.");
            }
            try
            {
                _native.SetImage2(_handle, pix);
                _native.SetSourceResolution(_handle, Math.Clamp(dpi, 70, 1200));
                var textPointer = _native.GetUtf8Text(_handle);
                try
                {
                    var text = Marshal.PtrToStringUTF8(textPointer) ?? string.Empty;
                    return new OcrPage(text, _native.MeanTextConf(_handle));
                }
                finally
                {
                    if (textPointer != IntPtr.Zero)
                    {
                        _native.DeleteText(textPointer);
                    }
                    _native.Clear(_handle);
                }
            }
            finally
            {
                _native.PixDestroy(ref pix);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_native is not null && _handle != IntPtr.Zero)
            {
                _native.Delete(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }
}
