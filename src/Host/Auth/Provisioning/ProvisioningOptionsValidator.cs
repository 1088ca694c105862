using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth.Provisioning;

/// <summary>Refuses a <c>Provisioning</c> section with a key that could never match, naming the key at fault.</summary>
internal sealed partial class ProvisioningOptionsValidator : IValidateOptions<ProvisioningOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvisioningOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (!KeyName().IsMatch(key.Name))
            {
                failures.Add($"Provisioning:ApiKeys:{i}:Name must be 1 to 64 letters, digits, '.', '_' or '-'.");
            }

            if (!Sha256Hex().IsMatch(key.Sha256))
            {
                failures.Add($"Provisioning:ApiKeys:{i}:Sha256 must be the 64 hex digits of the key's SHA-256.");
            }
        }

        var duplicates = options.ApiKeys.GroupBy(key => key.Name, StringComparer.Ordinal).Where(g => g.Count() > 1);
        failures.AddRange(duplicates.Select(g => $"Provisioning:ApiKeys names {g.Key} more than once."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyName();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Hex();
}
