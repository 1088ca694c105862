using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Integrations.ListIntegratorKeys;

/// <summary>The organization's integrator keys (never their secrets), oldest first; admins only.</summary>
public sealed record ListIntegratorKeysQuery(Actor Actor, string OrganizationId)
    : IQuery<IReadOnlyList<IntegratorKey>>;
