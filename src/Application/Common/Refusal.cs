using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Common;

/// <summary>A <see cref="RefusalException"/> in a form that crosses grain calls.</summary>
[GenerateSerializer, Immutable]
public sealed record Refusal(
    [property: Id(0)] ErrorCode Code,
    [property: Id(1)] string Message,
    [property: Id(2)] TimeSpan? RetryAfter)
{
    public static Refusal From(RefusalException exception) =>
        new(exception.Code, exception.Message, exception.RetryAfter);

    public RefusalException ToException() => new(Code, Message, RetryAfter);
}
