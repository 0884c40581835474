using System.Globalization;

namespace PromoMonth.DataGenerator;

/// <summary>The command line: "--name value" pairs, plus --dry-run and --help.</summary>
public sealed record GeneratorOptions
{
    public Uri Gateway { get; init; } = new("http://localhost:5080");
    public int Enterprises { get; init; } = 5000;
    public int Activities { get; init; } = 2000;
    public int Releases { get; init; } = 3;
    public int Seed { get; init; } = 2020;
    public int Parallelism { get; init; } = 8;

    /// <summary>Plan and describe the campaign without sending anything: to check the data without a running system.</summary>
    public bool DryRun { get; init; }

    public const string Usage = """
        PromoMonth data generator: fills a running PromoMonth system, through its gateway, with a campaign like the
        2020 Consumption Promotion Month (37 reporting units, 179 key cities, key enterprises with commitment letters,
        key activities reviewed by the ministry, catalog releases).

        Usage: ./generate.sh [options]

          --gateway <url>        gateway base address                       (default http://localhost:5080)
          --enterprises <n>      key enterprises to register                (default 5000)
          --activities <n>       key activities to draft, submit and review (default 2000)
          --releases <n>         catalog releases, spread over the reviews  (default 3)
          --seed <n>             seed of the generated data; same seed, same data (default 2020)
          --parallelism <n>      requests in flight at once                 (default 8)
          --dry-run              plan and describe the data, send nothing
          --help                 this text

        Exit code: 0 when every request succeeded, 1 when any failed (the first few are printed), 2 for bad options.
        """;

    /// <summary>The options, or the reason they cannot be used; help wins over everything else.</summary>
    public static (GeneratorOptions? Options, string? Error, bool Help) Parse(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            return (null, null, true);
        }
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--dry-run")
            {
                options = options with { DryRun = true };
                continue;
            }
            if (i + 1 >= args.Count)
            {
                return (null, $"Option {name} needs a value.", false);
            }
            var value = args[++i];
            switch (name)
            {
                case "--gateway":
                    if (!Uri.TryCreate(value, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("http" or "https"))
                    {
                        return (null, $"--gateway must be an http(s) address; got '{value}'.", false);
                    }
                    options = options with { Gateway = gateway };
                    break;
                case "--enterprises" or "--activities" or "--releases" or "--seed" or "--parallelism":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return (null, $"{name} must be a whole number of zero or more; got '{value}'.", false);
                    }
                    options = name switch
                    {
                        "--enterprises" => options with { Enterprises = number },
                        "--activities" => options with { Activities = number },
                        "--releases" => options with { Releases = number },
                        "--seed" => options with { Seed = number },
                        _ => options with { Parallelism = number },
                    };
                    break;
                default:
                    return (null, $"Unknown option '{name}'.", false);
            }
        }
        return options.Parallelism is < 1 or > 256
            ? (null, "--parallelism must be between 1 and 256.", false)
            : (options, null, false);
    }
}
