namespace TwoStep.Application.SignIn;

/// <summary>A signed two-step token (a compact JWT) and when it stops being valid.</summary>
public sealed record TwoStepToken(string Token, DateTimeOffset ExpiresAt)
{
    // A bearer token is a secret: keep it out of anything that prints the record.
    public override string ToString() => $"TwoStepToken {{ Token = <hidden>, ExpiresAt = {ExpiresAt:O} }}";
}
