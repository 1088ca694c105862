using GraphQL.Types;
using TwoStep.Application.Webhooks;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event sent to one endpoint, and how the attempts went.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("eventId")
            .Description("The event's id: the webhook-id header of every attempt.")
            .Resolve(context => context.Source.EventId);
        Field<NonNullGraphType<StringGraphType>>("eventType").Resolve(context => context.Source.EventType);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<StringGraphType>>("state")
            .Description("pending, delivered or failed.")
            .Resolve(context => context.Source.State);
        Field<NonNullGraphType<IntGraphType>>("attempts").Resolve(context => context.Source.Attempts);
        Field<UtcDateTimeGraphType>("nextAttemptAt").Resolve(context => context.Source.NextAttemptAt);
        Field<UtcDateTimeGraphType>("lastAttemptAt").Resolve(context => context.Source.LastAttemptAt);
        Field<IntGraphType>("lastStatus")
            .Description("The HTTP status of the last answer, if there was one.")
            .Resolve(context => context.Source.LastStatus);
        Field<StringGraphType>("lastError").Resolve(context => context.Source.LastError);
        Field<UtcDateTimeGraphType>("deliveredAt").Resolve(context => context.Source.DeliveredAt);
    }
}
