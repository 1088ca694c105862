using TwoStep.Application.Organizations;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// The stored form of <see cref="ActorCredential"/> in <c>organization_audit.credential</c>: never rename.
/// </summary>
internal static class AuditCredentials
{
    private const string UserToken = "user_token";
    private const string TwoStepToken = "two_step_token";
    private const string ProvisioningKey = "provisioning_key";

    public static string? ToText(ActorCredential? credential) => credential switch
    {
        null => null,
        ActorCredential.UserToken => UserToken,
        ActorCredential.TwoStepToken => TwoStepToken,
        ActorCredential.ProvisioningKey => ProvisioningKey,
        _ => throw new ArgumentOutOfRangeException(nameof(credential), credential, "Unknown credential."),
    };

    public static ActorCredential? FromText(string? text) => text switch
    {
        null => null,
        UserToken => ActorCredential.UserToken,
        TwoStepToken => ActorCredential.TwoStepToken,
        ProvisioningKey => ActorCredential.ProvisioningKey,
        _ => throw new InvalidOperationException("organization_audit holds an unknown credential."),
    };
}
