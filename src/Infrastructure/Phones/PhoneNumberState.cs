using TwoStep.Domain.Limits;

namespace TwoStep.Infrastructure.Phones;

/// <summary>What the <c>PhoneNumber</c> grain persists: when codes went to the number lately, nothing else.</summary>
[GenerateSerializer]
public sealed class PhoneNumberState
{
    [Id(0)]
    public SendHistory Sends { get; set; } = SendHistory.None;
}
