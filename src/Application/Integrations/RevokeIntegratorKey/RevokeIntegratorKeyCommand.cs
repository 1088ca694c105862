using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Integrations.RevokeIntegratorKey;

/// <summary>Revokes the key at once: new connections with it are refused; admins of its organization only.</summary>
public sealed record RevokeIntegratorKeyCommand(Actor Actor, Guid KeyId) : ICommand<IntegratorKey>;
