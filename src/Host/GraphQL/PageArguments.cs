using System.Globalization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.GraphQL;

/// <summary>The <c>first</c> and <c>after</c> arguments of connection fields.</summary>
internal static class PageArguments
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Adds <c>first</c> and <c>after</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"How many to return, 1 to {MaxSize}; {DefaultSize} when left out.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    /// <summary>The page size asked for, or <c>BAD_USER_INPUT</c> outside 1 to <see cref="MaxSize"/>.</summary>
    public static int First(this IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultSize;
        return first is >= 1 and <= MaxSize
            ? first
            : throw new RefusalException(ErrorCode.BadUserInput, $"first must be between 1 and {MaxSize}.");
    }

    public static string? After(this IResolveFieldContext context) => context.GetArgument<string?>("after");

    /// <summary>The <c>after</c> cursor of a connection ordered by a sequence number.</summary>
    public static long? AfterSequence(this IResolveFieldContext context)
    {
        var after = context.After();
        if (after is null)
        {
            return null;
        }

        return long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new RefusalException(ErrorCode.BadUserInput, "after is not a cursor of this connection.");
    }

    public static string Cursor(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}
