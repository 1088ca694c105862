namespace TwoStep.Host.Compliance;

/// <summary>
/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that a
/// spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) gets a leading
/// apostrophe first, so a member's name can never run as one.
/// </summary>
internal static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }
}
