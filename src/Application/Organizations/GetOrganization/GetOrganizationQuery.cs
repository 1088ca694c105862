using Mediator;

namespace TwoStep.Application.Organizations.GetOrganization;

/// <summary>The organization, or null when it does not exist or the caller is not a member.</summary>
public sealed record GetOrganizationQuery(Actor Actor, string OrganizationId) : IQuery<OrganizationView?>;
