namespace TwoStep.Application.Users;

/// <summary>A new set of recovery codes, shown this once; the old set no longer works.</summary>
[GenerateSerializer, Immutable]
public sealed record RecoveryCodesIssued(
    [property: Id(0)] IReadOnlyList<string> RecoveryCodes,
    [property: Id(1)] TwoStepStatus TwoStep)
{
    // Recovery codes are secrets: keep them out of anything that prints the record.
    public override string ToString() => $"RecoveryCodesIssued {{ Count = {RecoveryCodes.Count} }}";
}
