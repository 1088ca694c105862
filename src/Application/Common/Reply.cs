using TwoStep.Domain.Errors;

namespace TwoStep.Application.Common;

/// <summary>
/// A grain's answer: a value or a refusal. Refusals travel as data, not exceptions, so
/// their codes survive serialization and a refused attempt can still be persisted.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Reply<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] Refusal? Refusal)
{
    /// <summary>The value, or the refusal thrown as a <see cref="RefusalException"/>.</summary>
    public T Unwrap() => Refusal is null ? Value! : throw Refusal.ToException();
}

/// <summary>Builds <see cref="Reply{T}"/> values.</summary>
public static class Reply
{
    public static Reply<T> Ok<T>(T value) => new(value, null);

    public static Reply<T> Refused<T>(RefusalException exception) =>
        new(default, Refusal.From(exception));
}
