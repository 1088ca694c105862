using System.ComponentModel.DataAnnotations;

namespace TwoStep.Host.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: bounds on what one request may ask for.</summary>
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
}
