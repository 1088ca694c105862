using TwoStep.Application.Common;
using TwoStep.Domain.Identity;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// The caller of an organization operation and whether their session passed two-step, or a
/// provisioning credential (<see cref="IsProvisioning"/>), which acts as an admin of every organization.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] Caller Caller,
    [property: Id(1)] bool PassedTwoStep,
    [property: Id(2)] bool IsProvisioning = false)
{
    /// <summary>The prefix of a provisioning credential's actor id in the audit log.</summary>
    public const string ProvisioningPrefix = "provisioning:";

    public Session Session => new(Caller.UserId, Caller.Provider, PassedTwoStep, IsProvisioning);

    public ActorCredential Credential => IsProvisioning
        ? ActorCredential.ProvisioningKey
        : PassedTwoStep ? ActorCredential.TwoStepToken : ActorCredential.UserToken;

    /// <summary>
    /// The provisioning credential named <paramref name="keyName"/> in configuration. A key is never a
    /// fresh sign-in, so its sign-in time is the earliest instant.
    /// </summary>
    public static Actor Provisioning(string keyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyName);
        var caller = new Caller(
            ProvisioningPrefix + keyName, null, keyName, IdentityProvider.Password, DateTimeOffset.MinValue);
        return new Actor(caller, false, true);
    }
}
