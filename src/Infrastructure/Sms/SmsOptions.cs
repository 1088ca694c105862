namespace TwoStep.Infrastructure.Sms;

/// <summary>The <c>Sms</c> configuration section: which sender delivers codes.</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";

    /// <summary><c>Plivo</c>, or <c>Console</c> for local development (refused in Production).</summary>
    public string? Provider { get; set; }
}
