using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class MemberFilterInput
{
    public MemberStatus? Status { get; set; }

    public string? Search { get; set; }
}
