using Mediator;

namespace TwoStep.Application.Organizations.AddMember;

public sealed class AddOrganizationMemberHandler(IGrainFactory grains)
    : ICommandHandler<AddOrganizationMemberCommand, OrganizationView>
{
    public async ValueTask<OrganizationView> Handle(
        AddOrganizationMemberCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organization = grains.GetGrain<IOrganizationGrain>(command.OrganizationId);

        var reply = await organization.AddMember(command.Actor, command.Member);

        return reply.Unwrap();
    }
}
