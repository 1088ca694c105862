using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace TwoStep.Host.Auth;

/// <summary>
/// Validates a bearer token that arrived outside an HTTP header (in a WebSocket
/// <c>connection_init</c>), through the very schemes that validate HTTP requests, so both
/// transports accept exactly the same tokens.
/// </summary>
public sealed class BearerTokenAuthenticator(IServiceScopeFactory scopes)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// The principal of <paramref name="authorization"/> (<c>Bearer &lt;token&gt;</c>), or <c>null</c>
    /// when it is not a bearer token or does not validate.
    /// </summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string? authorization)
    {
        if (authorization is null
            || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(authorization[BearerPrefix.Length..]))
        {
            return null;
        }

        // A request of its own: authentication handlers are scoped and remember their first answer.
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers[HeaderNames.Authorization] = authorization;

        var result = await context.AuthenticateAsync();
        return result.Succeeded ? result.Principal : null;
    }
}
