namespace TwoStep.Infrastructure.Persistence;

/// <summary><c>ConnectionStrings:TwoStep</c>, held as options so a missing value fails start.</summary>
internal sealed class DatabaseOptions
{
    public string? ConnectionString { get; set; }
}
