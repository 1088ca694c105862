using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TwoStep.Seed;

/// <summary>
/// <c>--members N</c> (the organization to look at, 100,000 by default) and <c>--users N</c> (the
/// whole user base, at least the members; 300,000 by default), spread over organizations of
/// <c>--others-of N</c> members (20,000 by default).
/// </summary>
public sealed record SeedSettings(int Members, int Users, int OthersOf)
{
    public static SeedSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var members = configuration.GetValue("members", 100_000);
        var users = Math.Max(configuration.GetValue("users", 300_000), members);
        return new SeedSettings(members, users, Math.Max(1, configuration.GetValue("others-of", 20_000)));
    }

    /// <summary>The organization to look at first, then the others that make up the user base.</summary>
    public IReadOnlyList<SeedOrganization> Organizations()
    {
        var organizations = new List<SeedOrganization> { Organization(0, "Acme", Members, 0) };
        var seeded = (long)Members;
        while (seeded < Users)
        {
            var size = (int)Math.Min(OthersOf, Users - seeded);
            var name = string.Create(CultureInfo.InvariantCulture, $"Other {organizations.Count}");
            organizations.Add(Organization(organizations.Count, name, size, seeded));
            seeded += size;
        }

        return organizations;
    }

    private static SeedOrganization Organization(int index, string name, int size, long firstNumber)
    {
        var id = Guid.NewGuid().ToString("D");
        var owner = string.Create(CultureInfo.InvariantCulture, $"seed-owner-{id[..8]}");
        return new SeedOrganization(id, name, owner, MemberMix.Create(size, firstNumber, seed: index + 1));
    }

}
