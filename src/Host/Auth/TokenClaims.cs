namespace TwoStep.Host.Auth;

/// <summary>The claims TwoStep reads from a bearer token, by their JWT names.</summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string IdentityProvider = "idp";
    public const string AuthTime = "auth_time";
}
