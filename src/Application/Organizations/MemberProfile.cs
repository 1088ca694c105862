using TwoStep.Application.Common;
using TwoStep.Domain.Identity;

namespace TwoStep.Application.Organizations;

/// <summary>Who a user is as their latest token says: name, email, and whether SSO signed them in.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberProfile(
    [property: Id(0)] string? Email,
    [property: Id(1)] string? Name,
    [property: Id(2)] bool ManagedBySso)
{
    public static MemberProfile Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(caller.Email, caller.Name, caller.Provider == IdentityProvider.Sso);
    }
}
