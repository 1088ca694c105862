using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.ExportMembers;

/// <summary>
/// Every member that matches the filter, for a download; admins only. The answer is read lazily,
/// in batches, while the caller writes it out.
/// </summary>
public sealed record ExportMembersQuery(Actor Actor, string OrganizationId, MemberFilter Filter)
    : IQuery<IAsyncEnumerable<ComplianceMember>>;
