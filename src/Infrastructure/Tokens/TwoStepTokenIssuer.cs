using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Application.Common;
using TwoStep.Application.SignIn;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>Signs two-step tokens with the current ES256 key, with times from the injected clock.</summary>
public sealed class TwoStepTokenIssuer : ITwoStepTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningKeys _keys;
    private readonly TokenSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<TwoStepTokenIssuer> _logger;

    public TwoStepTokenIssuer(
        SigningKeys keys,
        TokenSettings settings,
        TimeProvider time,
        ILogger<TwoStepTokenIssuer> logger)
    {
        _keys = keys;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<TwoStepToken> IssueAsync(
        Caller caller,
        SecondStepMethod method,
        DateTimeOffset passedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);

        var keys = await _keys.GetAsync(cancellationToken);
        var now = _time.GetUtcNow();
        var signer = keys.SignerAt(now);
        var expiresAt = now + _settings.Lifetime;

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.Issuer,
            Audience = _settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = TwoStepClaims.For(caller, method, passedAt),
            SigningCredentials = new SigningCredentials(signer.PrivateKey, SigningKey.Algorithm),
        });

        TokenLog.TokenIssued(_logger, caller.UserId, method, signer.Kid);
        return new TwoStepToken(token, expiresAt);
    }
}
