using TwoStep.MintToken;

try
{
    var request = MintRequest.Parse(args);
    if (request is null)
    {
        Console.WriteLine(MintRequest.Usage);
        return 0;
    }

    Console.WriteLine(TokenMinter.Mint(request, TimeProvider.System.GetUtcNow()));
    return 0;
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"mint-token: {exception.Message}");
    Console.Error.WriteLine("Run with --help for the options.");
    return 2;
}
