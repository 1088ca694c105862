using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.GetMembers;

/// <summary>A page of the organization's members, by name then id; admins only.</summary>
public sealed record GetMembersQuery(
    Actor Actor,
    string OrganizationId,
    MemberFilter Filter,
    int First,
    MemberCursor? After)
    : IQuery<MemberPage>;
