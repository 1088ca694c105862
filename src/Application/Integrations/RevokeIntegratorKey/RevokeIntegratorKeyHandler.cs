using Mediator;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Integrations.RevokeIntegratorKey;

public sealed class RevokeIntegratorKeyHandler(IGrainFactory grains, IIntegratorKeys keys)
    : ICommandHandler<RevokeIntegratorKeyCommand, IntegratorKey>
{
    public async ValueTask<IntegratorKey> Handle(
        RevokeIntegratorKeyCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var key = await keys.FindAsync(command.KeyId, cancellationToken)
            ?? throw new RefusalException(ErrorCode.NotFound, "No such integrator key.");
        await WatcherAccess.EnsureMayWatchAsync(grains, Watcher.Of(command.Actor), key.OrganizationId);

        await keys.RevokeAsync(key.Id, cancellationToken);

        return await keys.FindAsync(key.Id, cancellationToken) ?? key;
    }
}
