using Mediator;

namespace TwoStep.Application.Organizations.RequireTwoStep;

public sealed class SetOrganizationTwoStepRequirementHandler(IGrainFactory grains)
    : ICommandHandler<SetOrganizationTwoStepRequirementCommand, OrganizationView>
{
    public async ValueTask<OrganizationView> Handle(
        SetOrganizationTwoStepRequirementCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organization = grains.GetGrain<IOrganizationGrain>(command.OrganizationId);

        var reply = await organization.SetTwoStepRequirement(command.Actor, command.Required);

        return reply.Unwrap();
    }
}
