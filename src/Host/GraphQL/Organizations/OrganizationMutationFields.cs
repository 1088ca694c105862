using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.AddMember;
using TwoStep.Application.Organizations.CreateOrganization;
using TwoStep.Application.Organizations.RemoveMember;
using TwoStep.Application.Organizations.RequireTwoStep;
using TwoStep.Application.Organizations.SetMemberRoles;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

/// <summary>The organization fields of <c>Mutation</c>.</summary>
internal static class OrganizationMutationFields
{
    public static void AddOrganizationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateOrganizationPayloadType>>("createOrganization")
            .Description("Creates an organization with you as its first admin.")
            .Argument<NonNullGraphType<CreateOrganizationInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateOrganizationInput>("input");
                var command = new CreateOrganizationCommand(context.RequireActor(), input.Name);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<AddOrganizationMemberPayloadType>>("addOrganizationMember")
            .Description("Adds a member, or updates one; admins only. Safe to repeat.")
            .Argument<NonNullGraphType<AddOrganizationMemberInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AddOrganizationMemberInput>("input");
                OrganizationRoles? roles = input.Roles is null ? null : OrganizationRoleType.Combine(input.Roles);
                var member = new NewMember(input.UserId, input.Email, input.Name, roles);
                var command = new AddOrganizationMemberCommand(context.RequireActor(), input.OrganizationId, member);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RemoveOrganizationMemberPayloadType>>("removeOrganizationMember")
            .Description("Removes a member; admins only; never the last admin.")
            .Argument<NonNullGraphType<RemoveOrganizationMemberInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RemoveOrganizationMemberInput>("input");
                var command = new RemoveOrganizationMemberCommand(
                    context.RequireActor(), input.OrganizationId, input.UserId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SetOrganizationMemberRolesPayloadType>>("setOrganizationMemberRoles")
            .Description("Replaces a member's roles; admins only; an organization always keeps an admin.")
            .Argument<NonNullGraphType<SetOrganizationMemberRolesInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SetOrganizationMemberRolesInput>("input");
                var command = new SetOrganizationMemberRolesCommand(
                    context.RequireActor(),
                    input.OrganizationId,
                    input.UserId,
                    OrganizationRoleType.Combine(input.Roles));
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SetOrganizationTwoStepRequirementPayloadType>>(
                "setOrganizationTwoStepRequirement")
            .Description("Requires two-step of every member, current and future, or stops requiring it; "
                + "switching it on needs an admin who is enrolled.")
            .Argument<NonNullGraphType<SetOrganizationTwoStepRequirementInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SetOrganizationTwoStepRequirementInput>("input");
                var command = new SetOrganizationTwoStepRequirementCommand(
                    context.RequireActor(), input.OrganizationId, input.Required);
                return await context.Mediator().Send(command, context.CancellationToken);
            });
    }
}
