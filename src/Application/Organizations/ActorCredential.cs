namespace TwoStep.Application.Organizations;

/// <summary>What proved the caller of an organization operation; kept in the audit log.</summary>
public enum ActorCredential
{
    /// <summary>A bearer token of the product's identity provider (primary sign-in only).</summary>
    UserToken,

    /// <summary>TwoStep's own two-step token: the session passed two-step.</summary>
    TwoStepToken,

    /// <summary>A configured provisioning key of a service that syncs memberships.</summary>
    ProvisioningKey,
}
