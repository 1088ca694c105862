namespace TwoStep.Application.Compliance;

/// <summary>How many members an organization has, by two-step status.</summary>
public sealed record ComplianceCounts(int MemberCount, int EnrolledCount, int NotEnrolledCount, int SsoManagedCount)
{
    public static ComplianceCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>The share of members with two-step on, 0 to 1 (0 for no members).</summary>
    public double EnrolledShare => MemberCount == 0 ? 0 : (double)EnrolledCount / MemberCount;
}
