namespace DonDoc.Ocr;

/// <summary>
/// A file that could not be read. <see cref="Exception.Message"/> names the problem in plain Vietnamese and
/// English ("PDF có mật khẩu (password-protected PDF)"), fit to show a clerk and to store with the failed file.
/// </summary>
public sealed class OcrException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcrException(OcrFailure failure, string message, bool isTransient = false, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        IsTransient = isTransient;
    }

    /// <summary>What kind of problem it is.</summary>
    public OcrFailure Failure { get; }

    /// <summary>
    /// True when the same file may read fine later (throttling, a service outage, refused credentials): retry
    /// it. False when the file itself is the problem: set it aside with the message.
    /// </summary>
    public bool IsTransient { get; }
}
