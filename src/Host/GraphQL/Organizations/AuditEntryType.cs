using GraphQL.Types;
using TwoStep.Application.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change to an organization: who, what, to whom, when, and with which credential.";

        Field<NonNullGraphType<UtcDateTimeGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<IdGraphType>>("actorId")
            .Description("The user who made the change, or provisioning:<key name> for a provisioning key.")
            .Resolve(context => context.Source.ActorId);
        Field<AuditCredentialType>("credential")
            .Description("Absent for changes the member's own account reported, such as an enrollment.")
            .Resolve(context => context.Source.Credential);
        Field<NonNullGraphType<StringGraphType>>("action")
            .Description("member.added, member.removed, member.roles_changed, member.enrollment_changed, "
                + "member.phone_changed, "
                + "organization.created or organization.two_step_requirement.changed.")
            .Resolve(context => context.Source.Action);
        Field<IdGraphType>("subjectId")
            .Description("The member the change was made to, if any.")
            .Resolve(context => context.Source.SubjectId);
        Field<StringGraphType>("detail")
            .Description("The new value: roles, requirement, enrollment status or name.")
            .Resolve(context => context.Source.Detail);
    }
}
