using TwoStep.Application.Users.GetMe;

namespace TwoStep.Host.GraphQL.Types;

public sealed record DisableTwoStepPayload(CurrentUser User);
