namespace TwoStep.Application.Common;

/// <summary>
/// References to string-keyed grains built from the grain's type and interface, resolved once per
/// grain interface and grain factory: <c>GetGrain&lt;T&gt;(key)</c> resolves them from the interface's
/// CLR type on every call, reading attributes by reflection, on paths every request takes.
/// </summary>
public static class GrainReferences
{
    public static TGrain Get<TGrain>(this IGrainFactory grains, string key)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);

        // A process normally has one factory; another one (a second host in a test) resolves its own.
        if (Kind<TGrain>.Resolved is { } kind && ReferenceEquals(kind.Factory, grains))
        {
            return (TGrain)grains.GetGrain(GrainId.Create(kind.Type, key), kind.Interface);
        }

        var grain = grains.GetGrain<TGrain>(key);
        var reference = (GrainReference)(object)grain;
        Kind<TGrain>.Resolved = new ResolvedKind(grains, reference.GrainId.Type, reference.InterfaceType);
        return grain;
    }

    // A reference, so a caller racing the first call reads all of it or none of it.
    private sealed record ResolvedKind(IGrainFactory Factory, GrainType Type, GrainInterfaceType Interface);

    private static class Kind<TGrain>
    {
        public static ResolvedKind? Resolved;
    }
}
