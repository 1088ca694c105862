namespace TwoStep.Infrastructure.Silo;

/// <summary>The grain storage every TwoStep grain persists to.</summary>
public static class TwoStepStorage
{
    public const string Name = "twostep";

    /// <summary>The ADO.NET invariant Orleans maps to Npgsql.</summary>
    public const string Invariant = "Npgsql";
}
