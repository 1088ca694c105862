namespace TwoStep.Host.Configuration;

public static class ConfigurationExtensions
{
    public const string ConnectionStringName = "TwoStep";

    /// <summary><c>ConnectionStrings:TwoStep</c>, or <c>null</c> when it is unset or blank.</summary>
    public static string? GetTwoStepConnectionString(this IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
