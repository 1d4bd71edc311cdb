namespace LegCheck.Core.Model;

/// <summary>What a <see cref="FactTest"/> asks of its fact; the knowledge text of each is in brackets.</summary>
public enum FactTestOp
{
    /// <summary>The yes/no fact was answered yes (<c>cramp</c>).</summary>
    AnsweredYes,

    /// <summary>The yes/no fact was answered no (<c>!cramp</c>).</summary>
    AnsweredNo,

    /// <summary>The yes/no fact was answered no or not at all (<c>~cramp</c>).</summary>
    NotAnsweredYes,

    /// <summary>The choice fact has <see cref="FactTest.Value"/> among its choices (<c>location:calf</c>).</summary>
    HasChoice,

    /// <summary>The number is at least <see cref="FactTest.Number"/> (<c>run_minutes&gt;=120</c>).</summary>
    AtLeast,

    /// <summary>The number is at most <see cref="FactTest.Number"/> (<c>age&lt;=40</c>).</summary>
    AtMost,

    /// <summary>The number is more than <see cref="FactTest.Number"/> (<c>age&gt;40</c>).</summary>
    MoreThan,

    /// <summary>The number is less than <see cref="FactTest.Number"/> (<c>age&lt;40</c>).</summary>
    LessThan,

    /// <summary>The number equals <see cref="FactTest.Number"/> (<c>days=3</c>).</summary>
    EqualTo,
}
