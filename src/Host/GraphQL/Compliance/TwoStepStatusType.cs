using GraphQL.Types;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Compliance;

/// <summary>The <c>TwoStepStatus</c> enum: a member's status as their organization knows it.</summary>
public sealed class TwoStepStatusType : EnumerationGraphType
{
    public TwoStepStatusType()
    {
        Name = "TwoStepStatus";

        Add("ENROLLED", MemberStatus.Enrolled, "Two-step is on.");
        Add("NOT_ENROLLED", MemberStatus.NotEnrolled, "Two-step is off.");
        Add("SSO_MANAGED", MemberStatus.SsoManaged, "The member signs in through SSO, whose provider owns the factor.");
    }
}
