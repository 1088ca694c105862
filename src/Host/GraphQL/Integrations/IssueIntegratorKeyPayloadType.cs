using GraphQL.Types;
using TwoStep.Application.Integrations;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class IssueIntegratorKeyPayloadType : ObjectGraphType<IntegratorKeyWithSecret>
{
    public IssueIntegratorKeyPayloadType()
    {
        Name = "IssueIntegratorKeyPayload";

        Field<NonNullGraphType<IntegratorKeyType>>("key").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("secret")
            .Description("The key itself (tsi_…), sent as Authorization: Bearer; shown only in this answer.")
            .Resolve(context => context.Source.Secret);
    }
}
