using Mediator;

namespace TwoStep.Application.Organizations.SetMemberRoles;

public sealed class SetOrganizationMemberRolesHandler(IGrainFactory grains)
    : ICommandHandler<SetOrganizationMemberRolesCommand, OrganizationView>
{
    public async ValueTask<OrganizationView> Handle(
        SetOrganizationMemberRolesCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organization = grains.GetGrain<IOrganizationGrain>(command.OrganizationId);

        var reply = await organization.SetMemberRoles(command.Actor, command.UserId, command.Roles);

        return reply.Unwrap();
    }
}
