namespace TwoStep.Infrastructure.Integrations;

/// <summary>The <c>IntegratorEvents</c> configuration section: how long the event outbox keeps events.</summary>
public sealed class IntegratorEventOptions
{
    public const string Section = "IntegratorEvents";

    /// <summary>
    /// How long events (and settled webhook deliveries) are kept for <c>organizationEvents</c> and the
    /// delivery history. An event a webhook still waits to send is kept, unless its endpoint is disabled.
    /// </summary>
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(30);
}
