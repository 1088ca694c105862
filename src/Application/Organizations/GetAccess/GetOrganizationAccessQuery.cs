using Mediator;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations.GetAccess;

public sealed record GetOrganizationAccessQuery(Actor Actor, string OrganizationId) : IQuery<AccessDecision>;
