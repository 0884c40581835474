namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// A licence's place in the status lists, assigned once at its grant from a database sequence and never reused: the
/// same place in the revocation list and in the suspension list. Positions fill one list of <see cref="ListSize"/> bits,
/// then the next.
/// </summary>
public readonly record struct StatusListPosition(long Position)
{
    /// <summary>The specification's minimum bitstring length (16 KiB), which gives every list group privacy.</summary>
    public const int ListSize = 131_072;

    /// <summary>Which list holds the position (0, 1, …).</summary>
    public int List => checked((int)(Position / ListSize));

    /// <summary>The bit within that list (statusListIndex).</summary>
    public int Index => (int)(Position % ListSize);
}
