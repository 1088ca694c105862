using Mediator;

namespace TwoStep.Application.Organizations.CreateOrganization;

public sealed class CreateOrganizationHandler(IGrainFactory grains)
    : ICommandHandler<CreateOrganizationCommand, OrganizationView>
{
    public async ValueTask<OrganizationView> Handle(
        CreateOrganizationCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = Guid.NewGuid().ToString("D");
        var organization = grains.GetGrain<IOrganizationGrain>(id);

        var reply = await organization.Create(command.Actor, command.Name);

        return reply.Unwrap();
    }
}
