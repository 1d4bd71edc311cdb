using LegCheck.HostedLoad;

// Skeleton: the options are read; the driver (register, log in, import/list/read/cross-user reads) is still to come.
var options = LoadOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

Console.WriteLine($"users {options.Users}, {options.Duration.TotalSeconds:0} s, nodes {string.Join(' ', options.Nodes)}");
return 0;
