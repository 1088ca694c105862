using Mediator;
using Microsoft.Extensions.DependencyInjection;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.AddMember;
using TwoStep.Application.Organizations.CreateOrganization;
using TwoStep.Application.Organizations.RemoveMember;
using TwoStep.Application.Organizations.RequireTwoStep;
using TwoStep.Domain.Identity;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.Tests.Support;

/// <summary>Organization changes made inside the running host, as its mutations would make them.</summary>
public static class Organizations
{
    public static Actor ActorFor(string userId)
    {
        var caller = new Caller(
            userId, $"{userId}@example.com", userId, IdentityProvider.Password, DateTimeOffset.UtcNow);
        return new Actor(caller, PassedTwoStep: true);
    }

    public static async Task<string> CreateOrganizationAsync(this HostFixture host, string adminId)
    {
        var command = new CreateOrganizationCommand(ActorFor(adminId), $"Org of {adminId}");
        var view = await host.Services.GetRequiredService<IMediator>().Send(command);
        return view.Id;
    }

    public static Task AddMemberAsync(this HostFixture host, string adminId, string organizationId, string userId)
    {
        var member = new NewMember(userId, null, null, OrganizationRoles.None);
        var command = new AddOrganizationMemberCommand(ActorFor(adminId), organizationId, member);
        return host.Services.GetRequiredService<IMediator>().Send(command).AsTask();
    }

    public static Task RemoveMemberAsync(this HostFixture host, string adminId, string organizationId, string userId)
    {
        var command = new RemoveOrganizationMemberCommand(ActorFor(adminId), organizationId, userId);
        return host.Services.GetRequiredService<IMediator>().Send(command).AsTask();
    }

    public static Task SetRequirementAsync(this HostFixture host, string adminId, string organizationId, bool required)
    {
        var command = new SetOrganizationTwoStepRequirementCommand(ActorFor(adminId), organizationId, required);
        return host.Services.GetRequiredService<IMediator>().Send(command).AsTask();
    }

    /// <summary>The WebSocket address of the host's GraphQL endpoint.</summary>
    public static Uri WebSocketUrl(this HostFixture host) =>
        new UriBuilder(host.GraphQLUrl!) { Scheme = "ws" }.Uri;
}
