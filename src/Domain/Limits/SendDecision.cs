using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Limits;

/// <summary>
/// Whether a message may go out now. <see cref="History"/> is what to persist: it holds the new
/// send when allowed, and only the sends still inside the day window either way.
/// </summary>
public sealed record SendDecision(SendHistory History, TimeSpan? RetryAfter)
{
    public bool Allowed => RetryAfter is null;

    public RefusalException ToException() => new(
        ErrorCode.RateLimited,
        "Too many codes were sent; wait before asking for another.",
        RetryAfter ?? throw new InvalidOperationException("The send was allowed."));
}
