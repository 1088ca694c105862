using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using TwoStep.Host.Auth;
using TwoStep.Host.GraphQL.Types;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

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
                    Watcher(context),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<TwoStepEnrollmentChangedType>>("twoStepEnrollmentChanged")
            .Description("Each time a member turns two-step on or off; admins and integrator keys only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchEnrollmentChangesQuery(
                    Watcher(context),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<MemberComplianceChangedType>>("memberComplianceChanged")
            .Description("Each time a member joins, leaves, enrolls or unenrolls; admins and integrator keys only.")
            .Argument<NonNullGraphType<IdGraphType>>(OrganizationId)
            .ResolveStreamAsync(async context =>
            {
                var query = new WatchComplianceChangesQuery(
                    Watcher(context),
                    context.GetArgument<string>(OrganizationId));
                return await context.Mediator().Send(query, context.CancellationToken);
            });
    }

    private static Watcher Watcher(IResolveFieldContext context) =>
        WatcherMapper.ToWatcher(context.User)
        ?? throw new RefusalException(
            ErrorCode.Unauthenticated,
            "Sign in first: this field needs a valid bearer token or integrator key.");
}
