namespace DonDoc.Cli.Pipeline;

/// <summary>
/// A verb's arguments: positionals, <c>--flag</c>s and <c>--option value</c>s, checked against what the verb
/// knows so a typo is a usage error rather than silently ignored.
/// </summary>
public sealed class Args
{
    private readonly Dictionary<string, string?> named = new(StringComparer.Ordinal);
    public IReadOnlyList<string> Positional { get; }

    private Args(List<string> positional) => Positional = positional;

    public static Args Parse(string[] args, string[] flags, string[] options)
    {
        var positional = new List<string>();
        var result = new Args(positional);
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--")
            {
                positional.Add(a);
                continue;
            }
            var eq = a.IndexOf('=');
            var name = eq > 0 ? a[..eq] : a;
            if (flags.Contains(name))
                result.named[name] = null;
            else if (options.Contains(name))
                result.named[name] = eq > 0 ? a[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value");
            else
                throw new UsageException($"unknown option {name}");
        }
        return result;
    }

    public bool Has(string flag) => named.ContainsKey(flag);

    public string? Value(string option) => named.TryGetValue(option, out var v) ? v : null;

    public DateOnly? Date(string option) => Value(option) is { } s
        ? DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : throw new UsageException($"{option} takes a date as yyyy-MM-dd, not '{s}'")
        : null;
}
