using System.Globalization;
using TwoStep.Application.Common;
using TwoStep.Application.SignIn;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>The claims of a two-step token: those of the primary sign-in, plus the proof of the second step.</summary>
public static class TwoStepClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string IdentityProvider = "idp";
    public const string AuthTime = "auth_time";
    public const string Methods = "amr";

    /// <summary>When the second step was passed, in seconds since the epoch like <c>auth_time</c>.</summary>
    public const string TwoStepTime = "two_step_time";

    public const string TokenId = "jti";

    public const string SmsMethod = "sms";
    public const string RecoveryCodeMethod = "recovery_code";

    public static string MethodName(SecondStepMethod method) => method switch
    {
        SecondStepMethod.Sms => SmsMethod,
        SecondStepMethod.RecoveryCode => RecoveryCodeMethod,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown second-step method."),
    };

    internal static Dictionary<string, object> For(Caller caller, SecondStepMethod method, DateTimeOffset passedAt)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Subject] = caller.UserId,
            [IdentityProvider] = caller.Provider.ToString().ToLowerInvariant(),
            [AuthTime] = caller.AuthenticatedAt.ToUnixTimeSeconds(),
            [Methods] = new[] { MethodName(method) },
            [TwoStepTime] = passedAt.ToUnixTimeSeconds(),
            [TokenId] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };

        if (caller.Email is { } email)
        {
            claims[Email] = email;
        }

        if (caller.Name is { } name)
        {
            claims[Name] = name;
        }

        return claims;
    }
}
