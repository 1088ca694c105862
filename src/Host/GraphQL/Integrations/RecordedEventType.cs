using GraphQL.Types;
using TwoStep.Application.Integrations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class RecordedEventType : ObjectGraphType<RecordedEvent>
{
    public RecordedEventType()
    {
        Name = "OrganizationEvent";
        Description = "An event as recorded, the same as a webhook delivery of it.";

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("evt_…: the webhook-id of its deliveries and the eventId of subscriptions.")
            .Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<StringGraphType>>("data")
            .Description("The event's data as a JSON object in a string: the data of the webhook body.")
            .Resolve(context => context.Source.Data);
    }
}
