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

    /// <summary>Wrong guesses in a row, across codes, that lock verification.</summary>
    [Range(1, 1000)]
    public int MaxConsecutiveFailures { get; set; } = 20;

    /// <summary>How long the first lock lasts; each repeat lock doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest a repeat lock may last.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan MaxLockDuration { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The least time between two codes sent to one user or one number.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 1000)]
    public int MaxSendsPerHour { get; set; } = 5;

    [Range(1, 1000)]
    public int MaxSendsPerDay { get; set; } = 10;

    /// <summary>How long a two-step token stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The <c>iss</c> of two-step tokens; it must differ from the identity provider's.</summary>
    [Required]
    [MinLength(1)]
    public string TokenIssuer { get; set; } = "twostep";
}
