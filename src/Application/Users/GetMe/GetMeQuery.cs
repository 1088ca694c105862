using Mediator;
using TwoStep.Application.Common;

namespace TwoStep.Application.Users.GetMe;

public sealed record GetMeQuery(Caller Caller) : IQuery<CurrentUser>;
