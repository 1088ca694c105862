using Mediator;

namespace TwoStep.Application.Organizations.CreateOrganization;

public sealed record CreateOrganizationCommand(Actor Actor, string Name) : ICommand<OrganizationView>;
