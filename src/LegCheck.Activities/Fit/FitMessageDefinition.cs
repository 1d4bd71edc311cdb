namespace LegCheck.Activities.Fit;

/// <summary>A definition message: the layout of the data messages that use its local message type.</summary>
public sealed class FitMessageDefinition
{
    private readonly sbyte[] _indexByNumber;
    private readonly FitFieldDefinition[] _fields;

    internal FitMessageDefinition(
        byte localNumber,
        ushort globalNumber,
        bool bigEndian,
        FitFieldDefinition[] fields,
        FitDeveloperFieldDefinition[] developerFields)
    {
        LocalNumber = localNumber;
        GlobalNumber = globalNumber;
        BigEndian = bigEndian;
        _fields = fields;
        Fields = fields;
        DeveloperFields = developerFields;
        _indexByNumber = new sbyte[256];
        Array.Fill(_indexByNumber, (sbyte)-1);
        int size = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            // The first definition of a number wins; repeats are kept in Fields but not looked up.
            if (_indexByNumber[fields[i].Number] < 0 && i <= sbyte.MaxValue)
            {
                _indexByNumber[fields[i].Number] = (sbyte)i;
            }

            size += fields[i].Size;
        }

        foreach (FitDeveloperFieldDefinition dev in developerFields)
        {
            size += dev.Size;
        }

        DataSize = size;
    }

    public byte LocalNumber { get; }

    public ushort GlobalNumber { get; }

    /// <summary>Architecture byte 1: multi-byte values in the data messages are big-endian.</summary>
    public bool BigEndian { get; }

    public IReadOnlyList<FitFieldDefinition> Fields { get; }

    public IReadOnlyList<FitDeveloperFieldDefinition> DeveloperFields { get; }

    /// <summary>Bytes of content in each data message (without its header byte).</summary>
    public int DataSize { get; }

    /// <summary>Finds a field by its definition number.</summary>
    public bool TryGetField(byte number, out FitFieldDefinition field)
    {
        int index = _indexByNumber[number];
        if (index < 0)
        {
            field = default;
            return false;
        }

        field = _fields[index];
        return true;
    }
}
