using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Integrations.IssueIntegratorKey;

/// <summary>Issues a key that may follow and read the organization's events; admins only.</summary>
public sealed record IssueIntegratorKeyCommand(Actor Actor, string OrganizationId, string Name)
    : ICommand<IntegratorKeyWithSecret>;
