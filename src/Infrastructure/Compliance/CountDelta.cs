using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>How one change moves an organization's compliance counters.</summary>
internal readonly record struct CountDelta(int Members, int Enrolled, int NotEnrolled, int SsoManaged)
{
    public bool IsZero => this == default;

    public static CountDelta Join(MemberStatus status) => Of(status, 1) with { Members = 1 };

    public static CountDelta Leave(MemberStatus status) => Of(status, -1) with { Members = -1 };

    public static CountDelta Move(MemberStatus from, MemberStatus to) =>
        from == to ? default : Of(from, -1) + Of(to, 1);

    public static CountDelta operator +(CountDelta left, CountDelta right) => new(
        left.Members + right.Members,
        left.Enrolled + right.Enrolled,
        left.NotEnrolled + right.NotEnrolled,
        left.SsoManaged + right.SsoManaged);

    private static CountDelta Of(MemberStatus status, int by) => status switch
    {
        MemberStatus.Enrolled => new(0, by, 0, 0),
        MemberStatus.SsoManaged => new(0, 0, 0, by),
        _ => new(0, 0, by, 0),
    };
}
