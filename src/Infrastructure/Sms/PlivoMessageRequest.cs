namespace TwoStep.Infrastructure.Sms;

/// <summary>The body of Plivo's Send Message call; numbers in E.164 with their <c>+</c>.</summary>
internal sealed record PlivoMessageRequest(string Src, string Dst, string Text);
