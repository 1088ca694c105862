namespace TwoStep.Application.Integrations;

/// <summary>
/// The public form of an event id (<c>evt_</c> and 32 hex digits): the <c>webhook-id</c> of its deliveries.
/// </summary>
public static class IntegratorEventIds
{
    public const string Prefix = "evt_";

    public static string Format(Guid id) => Prefix + id.ToString("N");
}
