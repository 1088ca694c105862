namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>Configuration the infrastructure needs, as a host would read it.</summary>
internal static class TestSettings
{
    public const string CodeHashKey = "test-code-hash-key-of-at-least-32-characters";

    public static Dictionary<string, string?> For(string connectionString) => new()
    {
        ["ConnectionStrings:TwoStep"] = connectionString,
        ["TwoStep:CodeHashKey"] = CodeHashKey,
        ["TwoStep:AllowedCountries:0"] = "US",
        ["TwoStep:AllowedCountries:1"] = "GB",
    };
}
