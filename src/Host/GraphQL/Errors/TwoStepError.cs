using GraphQL;

namespace TwoStep.Host.GraphQL.Errors;

/// <summary>A GraphQL error with a stable code; its message is always safe to show to the caller.</summary>
public sealed class TwoStepError : ExecutionError
{
    public TwoStepError(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Whole seconds the caller should wait before trying again, when the refusal says so.</summary>
    public int? RetryAfterSeconds { get; init; }
}
