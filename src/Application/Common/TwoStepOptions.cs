using System.ComponentModel.DataAnnotations;

namespace TwoStep.Application.Common;

/// <summary>The <c>TwoStep</c> configuration section: secrets and limits of verification.</summary>
public sealed class TwoStepOptions
{
    public const string Section = "TwoStep";

    /// <summary>Server secret for the keyed hashes of codes (at least 32 characters).</summary>
    [Required]
    [MinLength(32)]
    public string CodeHashKey { get; set; } = string.Empty;

    /// <summary>ISO 3166 region codes whose numbers may enroll, or <c>*</c> for any.</summary>
    [Required]
    [MinLength(1)]
    public string[] AllowedCountries { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan ReauthenticationWindow { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 20)]
    public int MaxAttemptsPerCode { get; set; } = 5;
}
