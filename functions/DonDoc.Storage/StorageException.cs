namespace DonDoc.Storage;

/// <summary>
/// A Storage request that did not succeed: the service answered with an error status, or (with
/// <see cref="Status"/> 0) no answer came after every attempt (timeout, connection refused).
/// </summary>
/// <remarks>
/// Callers decide by <see cref="Status"/> and <see cref="ErrorCode"/> (the service's
/// <c>x-ms-error-code</c> or the code in the error body, e.g. <c>EntityAlreadyExists</c>,
/// <c>UpdateConditionNotSatisfied</c>, <c>BlobAlreadyExists</c>). <see cref="IsTransient"/> is true when
/// trying again later may succeed (5xx, 408, 429, timeouts, network errors): the Functions handler answers
/// non-2xx for those so the host retries, and records the rest as permanent failures.
/// </remarks>
public sealed class StorageException : Exception
{
    /// <summary>Creates an exception for a failed request.</summary>
    public StorageException(int status, string? errorCode, string message, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    /// <summary>The HTTP status the service answered with, or 0 when no answer came.</summary>
    public int Status { get; }

    /// <summary>The service's error code, when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>True when the same request may succeed later (5xx, 408, 429, timeout, network error).</summary>
    public bool IsTransient { get; }

    /// <summary>For a failed <see cref="TableClient.SubmitBatchAsync"/>: the index of the action that failed, when the service said.</summary>
    public int? FailedActionIndex { get; init; }

    /// <summary>True for a status that the retry policy treats as transient.</summary>
    internal static bool IsTransientStatus(int status) =>
        status is 408 or 429 || (status >= 500 && status != 501 && status != 505);
}
