using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.GetAuditLog;
using TwoStep.Application.Organizations.GetRequirementImpact;
using TwoStep.Host.GraphQL.Compliance;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class OrganizationType : ObjectGraphType<OrganizationView>
{
    public OrganizationType()
    {
        Name = "Organization";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("twoStepRequired")
            .Description("Whether every member, current and future, must use two-step.")
            .Resolve(context => context.Source.TwoStepRequired);

        Field<NonNullGraphType<TwoStepRequirementImpactType>>("twoStepRequirementImpact")
            .Description("Who requiring two-step would hold back, and whether you may require it; admins only.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var query = new GetRequirementImpactQuery(
                    context.RequireActor(), context.Source.Id, context.First(), context.After());
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        Field<NonNullGraphType<AuditEntryConnectionType>>("auditLog")
            .Description("Every change of requirement, membership, role and enrollment, newest first; admins only.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var query = new GetAuditLogQuery(
                    context.RequireActor(), context.Source.Id, context.First(), context.AfterSequence());
                var page = await context.Mediator().Send(query, context.CancellationToken);
                return Connection(page, query.Before is not null);
            });

        this.AddComplianceFields();
    }

    private static Connection<AuditEntry> Connection(AuditPage page, bool continued) => new()
    {
        TotalCount = (int)Math.Min(page.TotalCount, int.MaxValue),
        Edges = page.Entries
            .Select(entry => new Edge<AuditEntry> { Cursor = PageArguments.Cursor(entry.Sequence), Node = entry })
            .ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = continued,
            StartCursor = page.Entries.Count == 0 ? null : PageArguments.Cursor(page.Entries[0].Sequence),
            EndCursor = page.Entries.Count == 0 ? null : PageArguments.Cursor(page.Entries[^1].Sequence),
        },
    };
}
