namespace TwoStep.Application.Common;

/// <summary>
/// References to string-keyed grains built from the grain's type and interface, resolved once per
/// grain interface: <c>GetGrain&lt;T&gt;(key)</c> resolves them from the interface's CLR type on every
/// call, reading attributes by reflection, on paths every request takes.
/// </summary>
public static class GrainReferences
{
    public static TGrain Get<TGrain>(this IGrainFactory grains, string key)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);

        if (Kind<TGrain>.Resolved is { } kind)
        {
            return (TGrain)grains.GetGrain(GrainId.Create(kind.Item1, key), kind.Item2);
        }

        var grain = grains.GetGrain<TGrain>(key);
        var reference = (GrainReference)(object)grain;
        Kind<TGrain>.Resolved = Tuple.Create(reference.GrainId.Type, reference.InterfaceType);
        return grain;
    }

    private static class Kind<TGrain>
    {
        // A reference, so a caller racing the first call reads all of it or none of it.
        public static Tuple<GrainType, GrainInterfaceType>? Resolved;
    }
}
