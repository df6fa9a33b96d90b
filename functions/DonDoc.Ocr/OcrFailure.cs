namespace DonDoc.Ocr;

/// <summary>Why a file could not be read.</summary>
public enum OcrFailure
{
    /// <summary>The file has no bytes.</summary>
    Empty,
    /// <summary>Not a format OCR reads (a text file, a Word file, a format we do not take).</summary>
    Unsupported,
    /// <summary>The format is recognised but the file is damaged or truncated.</summary>
    Corrupt,
    /// <summary>A PDF that needs a password to open.</summary>
    Encrypted,
    /// <summary>Too many bytes, or a page with too many pixels.</summary>
    TooLarge,
    /// <summary>More pages than the limit.</summary>
    TooManyPages,
    /// <summary>Reading took longer than allowed.</summary>
    Timeout,
    /// <summary>The OCR program or service failed (not installed, refused the credentials, answered an error).</summary>
    ServiceError,
    /// <summary>The service kept answering "too many requests" (429).</summary>
    Throttled,
}
