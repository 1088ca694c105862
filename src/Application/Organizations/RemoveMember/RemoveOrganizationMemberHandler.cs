using Mediator;

namespace TwoStep.Application.Organizations.RemoveMember;

public sealed class RemoveOrganizationMemberHandler(IGrainFactory grains)
    : ICommandHandler<RemoveOrganizationMemberCommand, OrganizationView>
{
    public async ValueTask<OrganizationView> Handle(
        RemoveOrganizationMemberCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organization = grains.GetGrain<IOrganizationGrain>(command.OrganizationId);

        var reply = await organization.RemoveMember(command.Actor, command.UserId);

        return reply.Unwrap();
    }
}
