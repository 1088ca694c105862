namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// Who follows an organization's events: a signed-in <see cref="Actor"/> (admitted by the
/// organization as an admin), or an integrator key (<see cref="KeyId"/>), which belongs to one
/// organization only.
/// </summary>
public sealed record Watcher(Actor? Actor, string? KeyOrganizationId, Guid? KeyId = null)
{
    public static Watcher Of(Actor actor) => new(actor, null);

    public static Watcher OfIntegratorKey(string organizationId, Guid keyId) => new(null, organizationId, keyId);
}
