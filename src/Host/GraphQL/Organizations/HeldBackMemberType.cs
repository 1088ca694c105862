using GraphQL.Types;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

/// <summary>A member the two-step requirement would hold back: not enrolled, not managed by SSO.</summary>
public sealed class HeldBackMemberType : ObjectGraphType<MemberView>
{
    public HeldBackMemberType()
    {
        Name = "HeldBackMember";
        Description = "A member who has not turned on two-step and does not sign in through SSO.";

        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(context => context.Source.UserId);
        Field<StringGraphType>("email").Resolve(context => context.Source.Email);
        Field<StringGraphType>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationRoleType>>>>("roles")
            .Resolve(context => OrganizationRoleType.Split(context.Source.Roles));
    }
}
