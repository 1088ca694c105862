using GraphQL.Types;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AuditCredentialType : EnumerationGraphType
{
    public AuditCredentialType()
    {
        Name = "AuditCredential";
        Description = "What proved the actor of a change.";

        Add("USER_TOKEN", ActorCredential.UserToken, "A token of the identity provider (primary sign-in only).");
        Add("TWO_STEP_TOKEN", ActorCredential.TwoStepToken, "A two-step token: the session passed two-step.");
        Add("PROVISIONING_KEY", ActorCredential.ProvisioningKey, "A configured provisioning key of a service.");
    }
}
