using GraphQL.Types;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Host.GraphQL.Types;

public sealed class OrganizationTwoStepRequirementChangedType : ObjectGraphType<RequirementChanged>
{
    public OrganizationTwoStepRequirementChangedType()
    {
        Name = "OrganizationTwoStepRequirementChanged";
        Description = "An admin switched the organization's two-step requirement.";

        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The event's id (evt_…), the webhook-id of the same event's webhook deliveries.")
            .Resolve(context => context.Source.EventId);
        Field<NonNullGraphType<IdGraphType>>("organizationId").Resolve(context => context.Source.OrganizationId);
        Field<NonNullGraphType<BooleanGraphType>>("required").Resolve(context => context.Source.Required);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<IdGraphType>>("changedBy")
            .Description("The user id of the admin who switched it.")
            .Resolve(context => context.Source.ChangedBy);
    }
}
