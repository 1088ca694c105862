namespace TwoStep.Infrastructure.Sms;

/// <summary>The values <c>Sms:Provider</c> accepts, compared without regard to case.</summary>
public static class SmsProviders
{
    public const string Plivo = "Plivo";

    public const string Console = "Console";

    internal static bool IsPlivo(string? provider) =>
        string.Equals(provider?.Trim(), Plivo, StringComparison.OrdinalIgnoreCase);

    internal static bool IsConsole(string? provider) =>
        string.Equals(provider?.Trim(), Console, StringComparison.OrdinalIgnoreCase);
}
