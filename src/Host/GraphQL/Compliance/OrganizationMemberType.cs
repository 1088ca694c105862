using GraphQL.Types;
using TwoStep.Application.Compliance;
using TwoStep.Application.Users;
using TwoStep.Application.Users.GetMe;
using TwoStep.Domain.Organizations;
using TwoStep.Host.GraphQL.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class OrganizationMemberType : ObjectGraphType<ComplianceMember>
{
    public OrganizationMemberType()
    {
        Name = "OrganizationMember";
        Description = "A member of an organization as its compliance page shows them.";

        Field<NonNullGraphType<UserType>>("user")
            .Description("The member's account as the organization knows it: the number masked, and "
                + "recoveryCodesRemaining always 0 (only the user sees their own).")
            .Resolve(context => AsUser(context.Source));
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(context => context.Source.UserId);
        Field<StringGraphType>("name").Resolve(context => context.Source.Name);
        Field<StringGraphType>("email").Resolve(context => context.Source.Email);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationRoleType>>>>("roles")
            .Resolve(context => OrganizationRoleType.Split(context.Source.Roles));
        Field<NonNullGraphType<TwoStepStatusType>>("twoStepStatus").Resolve(context => context.Source.Status);
        Field<UtcDateTimeGraphType>("enrolledAt")
            .Description("When the member's account turned two-step on (its own enabledAt, whenever the member "
                + "joined); null unless enrolled.")
            .Resolve(context => context.Source.EnrolledAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("joinedAt").Resolve(context => context.Source.JoinedAt);
        Field<StringGraphType>("maskedPhoneNumber")
            .Description("The enrolled number, masked; null unless enrolled.")
            .Resolve(context => context.Source.MaskedPhoneNumber);
    }

    private static CurrentUser AsUser(ComplianceMember member) => new(
        member.UserId,
        member.Email,
        member.Name,
        new TwoStepStatus(member.Status == MemberStatus.Enrolled, member.MaskedPhoneNumber, member.EnrolledAt, 0));
}
