using GraphQL.Types;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AccessDecisionType : ObjectGraphType<AccessDecision>
{
    public AccessDecisionType()
    {
        Name = "AccessDecision";
        Description = "Whether this session may use the organization, and why not when it may not.";

        Field<NonNullGraphType<BooleanGraphType>>("allowed").Resolve(context => context.Source.Allowed);
        Field<AccessDenialReasonType>("reason")
            .Description("Set when access is not allowed.")
            .Resolve(context => context.Source.Reason);
    }
}
