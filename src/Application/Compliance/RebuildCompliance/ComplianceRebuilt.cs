namespace TwoStep.Application.Compliance.RebuildCompliance;

/// <summary>How many organizations and members a rebuild wrote.</summary>
public sealed record ComplianceRebuilt(int Organizations, long Members);
