namespace TwoStep.Infrastructure.Webhooks;

/// <summary>How one attempt went: the HTTP status when there was an answer, or what failed.</summary>
internal sealed record DeliveryOutcome(int? Status, string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public bool Gone => Status == 410;

    public string Describe() => Error ?? $"HTTP {Status}";
}
