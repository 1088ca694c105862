using System.Collections;
using GraphQL;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>
/// The variables of a request compared by value: the same JSON gives the same maps, lists,
/// strings, numbers and booleans, and so equal values. <see cref="Weight"/> counts values and
/// characters, so a caller can refuse to remember large ones.
/// </summary>
internal readonly struct VariableValues : IEquatable<VariableValues>
{
    private readonly Inputs? _inputs;
    private readonly int _hash;

    public VariableValues(Inputs? inputs)
    {
        _inputs = inputs is { Count: > 0 } ? inputs : null;
        var weight = 0;
        _hash = _inputs is null ? 0 : HashOf(_inputs, ref weight);
        Weight = weight;
    }

    public int Weight { get; }

    public bool Equals(VariableValues other) =>
        _hash == other._hash && Same(_inputs, other._inputs);

    public override bool Equals(object? obj) => obj is VariableValues other && Equals(other);

    public override int GetHashCode() => _hash;

    private static bool Same(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) => SameMaps(a, b),
        (IDictionary<string, object?> a, IDictionary<string, object?> b) => SameMaps(a.AsReadOnly(), b.AsReadOnly()),
        (IList a, IList b) => SameLists(a, b),
        _ => left.GetType() == right.GetType() && left.Equals(right),
    };

    private static bool SameMaps(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var theirs) || !Same(value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameLists(IList left, IList right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Same(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int HashOf(object? value, ref int weight)
    {
        weight++;
        switch (value)
        {
            case null:
                return 0;
            case string text:
                weight += text.Length;
                return StringComparer.Ordinal.GetHashCode(text);
            case IEnumerable<KeyValuePair<string, object?>> map:
                // Entries in any order give the same hash.
                var mapHash = 17;
                foreach (var (name, item) in map)
                {
                    weight += name.Length;
                    mapHash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), HashOf(item, ref weight));
                }

                return mapHash;
            case IList list:
                var listHash = new HashCode();
                foreach (var item in list)
                {
                    listHash.Add(HashOf(item, ref weight));
                }

                return listHash.ToHashCode();
            default:
                return HashCode.Combine(value.GetType(), value);
        }
    }
}
