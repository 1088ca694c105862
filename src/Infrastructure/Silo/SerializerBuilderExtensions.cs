using Orleans.Serialization;

namespace TwoStep.Infrastructure.Silo;

public static class SerializerBuilderExtensions
{
    private const string DomainNamespace = "TwoStep.Domain";

    /// <summary>
    /// Lets the Domain types that grain contracts carry (such as <c>ErrorCode</c> and
    /// <c>IdentityProvider</c>) cross grain calls as JSON: the Domain layer stays free of
    /// Orleans attributes. Silos and clients both need it.
    /// </summary>
    public static ISerializerBuilder AddTwoStepCodecs(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: IsDomainType);

    private static bool IsDomainType(Type type) =>
        type.Namespace is { } ns
        && (ns == DomainNamespace || ns.StartsWith(DomainNamespace + ".", StringComparison.Ordinal));
}
