using GraphQL.Types;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Host.GraphQL.Types;

public sealed class TwoStepEnrollmentChangedType : ObjectGraphType<EnrollmentChanged>
{
    public TwoStepEnrollmentChangedType()
    {
        Name = "TwoStepEnrollmentChanged";
        Description = "A member of the organization turned two-step on or off.";

        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The event's id (evt_…), the webhook-id of the same event's webhook deliveries.")
            .Resolve(context => context.Source.EventId);
        Field<NonNullGraphType<IdGraphType>>("organizationId").Resolve(context => context.Source.OrganizationId);
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(context => context.Source.UserId);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(context => context.Source.Enabled);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
    }
}
