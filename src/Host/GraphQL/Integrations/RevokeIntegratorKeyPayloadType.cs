using GraphQL.Types;
using TwoStep.Application.Integrations;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class RevokeIntegratorKeyPayloadType : ObjectGraphType<IntegratorKey>
{
    public RevokeIntegratorKeyPayloadType()
    {
        Name = "RevokeIntegratorKeyPayload";

        Field<NonNullGraphType<IntegratorKeyType>>("key").Resolve(context => context.Source);
    }
}
