namespace LegCheck.Core.Input;

/// <summary>
/// The outcome of validating user input: a value, or every problem found with it. Bad input is an
/// ordinary outcome, so it travels as a value rather than as an exception.
/// </summary>
public sealed class Validated<T>
{
    private readonly T? _value;

    internal Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The value; only meaningful when <see cref="IsValid"/>.</summary>
    public T Value => IsValid ? _value! : throw new InvalidOperationException("invalid input has no value: " + string.Join("; ", Errors));

    /// <summary>The value when valid, otherwise the errors to report; for callers that branch once.</summary>
    public bool TryGet(out T value, out IReadOnlyList<FieldError> errors)
    {
        value = _value!;
        errors = Errors;
        return IsValid;
    }
}

/// <summary>Makes <see cref="Validated{T}"/> values.</summary>
public static class Validated
{
    public static Validated<T> Ok<T>(T value) => new(value, []);

    public static Validated<T> Fail<T>(IReadOnlyList<FieldError> errors) =>
        errors.Count > 0 ? new(default, errors) : throw new ArgumentException("a failure needs at least one error", nameof(errors));

    public static Validated<T> Fail<T>(string field, string message) => Fail<T>([new FieldError(field, message)]);
}
