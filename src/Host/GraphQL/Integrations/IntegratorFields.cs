using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Integrations;
using TwoStep.Application.Integrations.IssueIntegratorKey;
using TwoStep.Application.Integrations.ListIntegratorKeys;
using TwoStep.Application.Integrations.ReadEvents;
using TwoStep.Application.Integrations.RevokeIntegratorKey;

namespace TwoStep.Host.GraphQL.Integrations;

/// <summary>The integrator key and recorded event fields of <c>Query</c> and <c>Mutation</c>.</summary>
internal static class IntegratorFields
{
    public static void AddIntegratorQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<IntegratorKeyConnectionType>>("integratorKeys")
            .Description("The organization's integrator keys (never their secrets), oldest first; admins only.")
            .Argument<NonNullGraphType<IdGraphType>>("organizationId")
            .Paged()
            .ResolveAsync(async context =>
            {
                var request = new ListIntegratorKeysQuery(
                    context.RequireActor(), context.GetArgument<string>("organizationId"));
                var keys = await context.Mediator().Send(request, context.CancellationToken);
                return ListConnection.Of(keys, context.First(), context.After(), key => key.Id.ToString());
            });
    }

    public static void AddEventQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RecordedEventConnectionType>>("organizationEvents")
            .Description("The organization's events, oldest first, from the start or after a cursor; "
                + "admins and integrator keys only. Read it to catch up on what a subscription missed.")
            .Argument<NonNullGraphType<IdGraphType>>("organizationId")
            .Paged()
            .ResolveAsync(async context =>
            {
                var request = new ReadOrganizationEventsQuery(
                    context.RequireWatcher(),
                    context.GetArgument<string>("organizationId"),
                    context.First(),
                    context.AfterSequence());
                var page = await context.Mediator().Send(request, context.CancellationToken);
                return Connection(page, request.After is not null);
            });
    }

    public static void AddIntegratorMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssueIntegratorKeyPayloadType>>("issueIntegratorKey")
            .Description("Issues a key that may follow and read the organization's events; admins only. "
                + "The key is shown once.")
            .Argument<NonNullGraphType<IssueIntegratorKeyInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<IssueIntegratorKeyInput>("input");
                var command = new IssueIntegratorKeyCommand(context.RequireActor(), input.OrganizationId, input.Name);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RevokeIntegratorKeyPayloadType>>("revokeIntegratorKey")
            .Description("Revokes the key: connections it opens from now on are refused; admins only.")
            .Argument<NonNullGraphType<RevokeIntegratorKeyInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RevokeIntegratorKeyInput>("input");
                var command = new RevokeIntegratorKeyCommand(context.RequireActor(), input.KeyId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });
    }

    private static Connection<RecordedEvent> Connection(RecordedEventPage page, bool continued) => new()
    {
        Edges = page.Events
            .Select(recorded => new Edge<RecordedEvent>
            {
                Cursor = PageArguments.Cursor(recorded.Position),
                Node = recorded,
            })
            .ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = continued,
            StartCursor = page.Events.Count == 0 ? null : PageArguments.Cursor(page.Events[0].Position),
            EndCursor = page.Events.Count == 0 ? null : PageArguments.Cursor(page.Events[^1].Position),
        },
    };
}
