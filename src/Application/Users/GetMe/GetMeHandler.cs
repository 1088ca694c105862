using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Users.GetMe;

public sealed class GetMeHandler(IGrainFactory grains) : IQueryHandler<GetMeQuery, CurrentUser>
{
    public async ValueTask<CurrentUser> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var caller = query.Caller;
        var user = grains.Get<IUserGrain>(caller.UserId);

        var status = await user.GetStatus();
        await grains.GetGrain<IUserOrganizationsGrain>(caller.UserId).ProfileSeen(MemberProfile.Of(caller));

        return new CurrentUser(caller.UserId, caller.Email, caller.Name, status);
    }
}
