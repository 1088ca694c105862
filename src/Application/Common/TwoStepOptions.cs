using System.ComponentModel.DataAnnotations;

namespace TwoStep.Application.Common;

/// <summary>The <c>TwoStep</c> configuration section: secrets and limits of verification.</summary>
public sealed class TwoStepOptions
{
    public const string Section = "TwoStep";

    /// <summary>Server secret for the keyed hashes of codes (at least 32 characters).</summary>
    [Required(ErrorMessage = "TwoStep:CodeHashKey is not set.")]
    [MinLength(32, ErrorMessage = "TwoStep:CodeHashKey must be at least 32 characters.")]
    public string CodeHashKey { get; set; } = string.Empty;

    /// <summary>ISO 3166 region codes whose numbers may enroll, or <c>*</c> for any.</summary>
    [Required(ErrorMessage = "TwoStep:AllowedCountries is not set.")]
    [MinLength(1, ErrorMessage = "TwoStep:AllowedCountries needs at least one region code, or *.")]
    public string[] AllowedCountries { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:30", "01:00:00",
        ErrorMessage = "TwoStep:ReauthenticationWindow must be between {1} and {2}.")]
    public TimeSpan ReauthenticationWindow { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00",
        ErrorMessage = "TwoStep:CodeLifetime must be between {1} and {2}.")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 20, ErrorMessage = "TwoStep:MaxAttemptsPerCode must be between {1} and {2}.")]
    public int MaxAttemptsPerCode { get; set; } = 5;
}
