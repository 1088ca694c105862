using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL;

/// <summary>Live organization events, over WebSocket only, for the organization's admins and integrator keys.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    private const string OrganizationId = "organizationId";

    public SubscriptionType()
    {
        Name = "Subscription";

        Field<NonNullGraphType<OrganizationTwoStepRequirementChangedType>>("organizationTwoStepRequirementChanged")
            .Description("Each switch of the organization's two-step requirement; admins and integrator keys only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchRequirementChangesQuery(
                    context.RequireWatcher(),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<TwoStepEnrollmentChangedType>>("twoStepEnrollmentChanged")
            .Description("Each time a member turns two-step on or off; admins and integrator keys only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchEnrollmentChangesQuery(
                    context.RequireWatcher(),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<MemberComplianceChangedType>>("memberComplianceChanged")
            .Description("Each time a member joins, leaves, enrolls or unenrolls; admins and integrator keys only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchComplianceChangesQuery(
                    context.RequireWatcher(),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });
    }
}
