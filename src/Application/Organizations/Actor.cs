using TwoStep.Application.Common;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>The caller of an organization operation and whether their session passed two-step.</summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] Caller Caller,
    [property: Id(1)] bool PassedTwoStep)
{
    public Session Session => new(Caller.UserId, Caller.Provider, PassedTwoStep);
}
