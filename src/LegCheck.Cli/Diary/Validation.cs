using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace LegCheck.Cli.Diary;

/// <summary>Range checks on option values, made during parsing so a bad value is a usage error (exit 2).</summary>
internal static class Validation
{
    /// <summary>The value, or null when it did not even convert (the parser reports that error itself).</summary>
    private static T? Value<T>(System.CommandLine.Parsing.SymbolResult result, Func<T> get)
        where T : struct
    {
        try
        {
            return get();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(result =>
        {
            if (Value(result, result.GetValueOrDefault<int>) is { } value && value < min)
            {
                result.AddError($"{option.Name}: expected a whole number of {min} or more, got {value}.");
            }
        });
        return option;
    }

    public static Option<T?> Between<T>(this Option<T?> option, T min, T max, string what)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (Value(result, () => result.GetValueOrDefault<T?>() ?? default) is { } value && result.Tokens.Count > 0 && (value < min || value > max || !T.IsFinite(value)))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name}: expected {what} from {min} to {max}, got {value}."));
            }
        });
        return option;
    }

    public static Argument<long> Positive(this Argument<long> argument)
    {
        argument.Validators.Add(result =>
        {
            if (Value(result, result.GetValueOrDefault<long>) is { } id && id < 1)
            {
                result.AddError($"{argument.Name}: expected an id of 1 or more, got {id}.");
            }
        });
        return argument;
    }

    public static Argument<long[]> Positive(this Argument<long[]> argument)
    {
        argument.Validators.Add(result =>
        {
            long[] ids;
            try
            {
                ids = result.GetValueOrDefault<long[]>() ?? [];
            }
            catch (InvalidOperationException)
            {
                return;
            }

            if (ids.Where(id => id < 1).Select(id => (long?)id).FirstOrDefault() is { } bad)
            {
                result.AddError($"{argument.Name}: expected ids of 1 or more, got {bad}.");
            }
        });
        return argument;
    }
}
