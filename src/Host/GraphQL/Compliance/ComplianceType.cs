using GraphQL.Types;
using TwoStep.Application.Compliance;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class ComplianceType : ObjectGraphType<ComplianceCounts>
{
    public ComplianceType()
    {
        Name = "Compliance";
        Description = "How many members have two-step on, off, or through SSO; read from counters.";

        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(context => context.Source.MemberCount);
        Field<NonNullGraphType<IntGraphType>>("enrolledCount").Resolve(context => context.Source.EnrolledCount);
        Field<NonNullGraphType<IntGraphType>>("notEnrolledCount")
            .Resolve(context => context.Source.NotEnrolledCount);
        Field<NonNullGraphType<IntGraphType>>("ssoManagedCount")
            .Resolve(context => context.Source.SsoManagedCount);
        Field<NonNullGraphType<FloatGraphType>>("enrolledShare")
            .Description("enrolledCount / memberCount, 0 to 1; 0 without members.")
            .Resolve(context => context.Source.EnrolledShare);
    }
}
