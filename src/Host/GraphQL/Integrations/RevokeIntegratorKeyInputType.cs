using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class RevokeIntegratorKeyInputType : InputObjectGraphType<RevokeIntegratorKeyInput>
{
    public RevokeIntegratorKeyInputType()
    {
        Name = "RevokeIntegratorKeyInput";

        Field<NonNullGraphType<IdGraphType>>("keyId");
    }
}
