using TwoStep.Domain.Identity;

namespace TwoStep.Application.Common;

/// <summary>Who is calling, as their bearer token says.</summary>
[GenerateSerializer, Immutable]
public sealed record Caller(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] IdentityProvider Provider,
    [property: Id(4)] DateTimeOffset AuthenticatedAt)
{
    public PrimarySignIn SignIn => new(Provider, AuthenticatedAt);
}
