using TwoStep.Domain.Identity;

namespace TwoStep.Application.Common;

/// <summary>
/// Who is calling, as their bearer token says. <see cref="TwoStepAt"/> is set only when the
/// token is TwoStep's own two-step token: when this session passed the second step.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Caller(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] IdentityProvider Provider,
    [property: Id(4)] DateTimeOffset AuthenticatedAt,
    [property: Id(5)] DateTimeOffset? TwoStepAt = null)
{
    public bool PassedTwoStep => TwoStepAt is not null;

    public PrimarySignIn SignIn => new(Provider, AuthenticatedAt);
}
