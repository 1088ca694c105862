using Mediator;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Integrations.IssueIntegratorKey;

public sealed class IssueIntegratorKeyHandler(IGrainFactory grains, IIntegratorKeys keys)
    : ICommandHandler<IssueIntegratorKeyCommand, IntegratorKeyWithSecret>
{
    private const int MaxNameLength = 100;

    public async ValueTask<IntegratorKeyWithSecret> Handle(
        IssueIntegratorKeyCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new RefusalException(ErrorCode.BadUserInput, $"name must have 1 to {MaxNameLength} characters.");
        }

        await WatcherAccess.EnsureMayWatchAsync(grains, Watcher.Of(command.Actor), command.OrganizationId);

        var id = Guid.NewGuid();
        var secret = IntegratorKeySecrets.New(id);
        var key = await keys.AddAsync(
            id,
            command.OrganizationId,
            name,
            command.Actor.Caller.UserId,
            IntegratorKeySecrets.Hash(secret),
            cancellationToken);

        return new IntegratorKeyWithSecret(key, secret);
    }
}
