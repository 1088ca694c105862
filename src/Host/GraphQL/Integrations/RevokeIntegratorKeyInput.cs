namespace TwoStep.Host.GraphQL.Integrations;

public sealed class RevokeIntegratorKeyInput
{
    public Guid KeyId { get; set; }
}
