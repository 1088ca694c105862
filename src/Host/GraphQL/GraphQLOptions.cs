using System.ComponentModel.DataAnnotations;

namespace TwoStep.Host.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: bounds on what one request may ask for,
/// and how long a WebSocket may wait before it initialises.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>The deepest selection set accepted.</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest complexity accepted, as GraphQL.NET's complexity analyzer counts it.</summary>
    [Range(10, 100_000)]
    public int MaxComplexity { get; set; } = 1_000;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before it is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
