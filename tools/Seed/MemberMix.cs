using System.Globalization;
using TwoStep.Domain.Organizations;

namespace TwoStep.Seed;

/// <summary>
/// Members in a realistic mix: about 55% enrolled, 30% not enrolled and 15% signing in through
/// SSO, with everyday names (repeated, as in real organizations) and unique emails and numbers.
/// </summary>
public static class MemberMix
{
    private static readonly string[] FirstNames =
    [
        "Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Fatima", "John", "Priya", "Liam",
        "Sofia", "Noah", "Mariam", "Lukas", "Chen", "Emma", "Ahmed", "Yuki", "Marco", "Anna",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Garcia", "Khan", "Wang", "Ivanova", "Müller", "Okafor", "Rossi", "Silva", "Kim",
        "Martin", "Novak", "Haddad", "Jensen", "Tanaka", "Lopez", "Brown", "Singh", "Cohen", "Dubois",
    ];

    /// <summary>
    /// <paramref name="count"/> members; <paramref name="firstNumber"/> numbers the users and
    /// phone numbers, so organizations seeded with disjoint ranges share no one.
    /// </summary>
    public static IReadOnlyList<SeedMember> Create(int count, long firstNumber, int seed)
    {
        var random = new Random(seed);
        var members = new List<SeedMember>(count);
        for (var i = 0; i < count; i++)
        {
            var number = firstNumber + i;
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var roll = random.Next(100);
            var status = roll switch
            {
                < 55 => MemberStatus.Enrolled,
                < 85 => MemberStatus.NotEnrolled,
                _ => MemberStatus.SsoManaged,
            };
            var userId = string.Create(CultureInfo.InvariantCulture, $"seed-user-{number:D8}");
            var email = string.Create(CultureInfo.InvariantCulture, $"{first}.{last}.{number}@example.com")
                .ToLowerInvariant();
            var phone = status == MemberStatus.Enrolled
                ? string.Create(CultureInfo.InvariantCulture, $"+447{400000000 + (number % 99999999):D9}")
                : null;
            members.Add(new SeedMember(userId, $"{first} {last}", email, status, phone));
        }

        return members;
    }
}
