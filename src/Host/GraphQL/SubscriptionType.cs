using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL;

/// <summary>Live organization events, over WebSocket only, for the organization's admins.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    private const string OrganizationId = "organizationId";

    public SubscriptionType()
    {
        Name = "Subscription";

        Field<NonNullGraphType<OrganizationTwoStepRequirementChangedType>>("organizationTwoStepRequirementChanged")
            .Description("Each switch of the organization's two-step requirement; admins only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchRequirementChangesQuery(
                    Actor(context),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<TwoStepEnrollmentChangedType>>("twoStepEnrollmentChanged")
            .Description("Each time a member turns two-step on or off; admins only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchEnrollmentChangesQuery(
                    Actor(context),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });
    }

    private static Actor Actor(IResolveFieldContext context)
    {
        var caller = context.RequireCaller();
        return new Actor(caller, caller.PassedTwoStep);
    }
}
