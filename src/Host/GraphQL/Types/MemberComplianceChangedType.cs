using GraphQL.Types;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Host.GraphQL.Types;

public sealed class MemberComplianceChangedType : ObjectGraphType<MemberComplianceChanged>
{
    public MemberComplianceChangedType()
    {
        Name = "MemberComplianceChanged";
        Description = "A member's standing in the organization changed: joined, left, enrolled or unenrolled.";

        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The event's id (evt_…), the webhook-id of the same event's webhook deliveries.")
            .Resolve(context => context.Source.EventId);
        Field<NonNullGraphType<IdGraphType>>("organizationId").Resolve(context => context.Source.OrganizationId);
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(context => context.Source.UserId);
        Field<NonNullGraphType<StringGraphType>>("change")
            .Description("joined, left, enrolled, unenrolled or sso_managed.")
            .Resolve(context => context.Source.Change);
        Field<StringGraphType>("status")
            .Description("ENROLLED, NOT_ENROLLED or SSO_MANAGED after the change; null when they joined or left.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
    }
}
