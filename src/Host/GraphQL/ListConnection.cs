using GraphQL.Types.Relay.DataObjects;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.GraphQL;

/// <summary>A page of a short list held in memory, as a Relay connection whose cursors are the items' ids.</summary>
internal static class ListConnection
{
    public static Connection<T> Of<T>(IReadOnlyList<T> items, int first, string? after, Func<T, string> cursorOf)
    {
        var start = 0;
        if (after is not null)
        {
            start = items.Select(cursorOf).ToList().IndexOf(after) + 1;
            if (start == 0)
            {
                throw new RefusalException(ErrorCode.BadUserInput, "after is not a cursor of this connection.");
            }
        }

        var page = items.Skip(start).Take(first).ToList();
        return new Connection<T>
        {
            TotalCount = items.Count,
            Edges = page.Select(item => new Edge<T> { Cursor = cursorOf(item), Node = item }).ToList(),
            PageInfo = new PageInfo
            {
                HasNextPage = start + page.Count < items.Count,
                HasPreviousPage = start > 0,
                StartCursor = page.Count == 0 ? null : cursorOf(page[0]),
                EndCursor = page.Count == 0 ? null : cursorOf(page[^1]),
            },
        };
    }
}
