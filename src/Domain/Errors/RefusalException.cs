namespace TwoStep.Domain.Errors;

/// <summary>
/// A request refused by a rule. The message is safe to show to the caller:
/// it never holds a code, a secret or a full phone number.
/// </summary>
public sealed class RefusalException : Exception
{
    public RefusalException(ErrorCode code, string message, TimeSpan? retryAfter = null)
        : base(message)
    {
        Code = code;
        RetryAfter = retryAfter;
    }

    public ErrorCode Code { get; }

    public TimeSpan? RetryAfter { get; }
}
