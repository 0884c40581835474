namespace PromoMonth.Statistics.Domain;

/// <summary>
/// The person a reporting unit names as responsible for its statistics (专人负责), and any deputies. Shown only to
/// the unit itself and the ministry.
/// </summary>
public sealed class UnitContacts
{
    /// <summary>For EF, which sets the stored state.</summary>
    private UnitContacts()
    {
    }

    public string RegionCode { get; private init; } = "";
    public ContactPerson Responsible { get; private set; } = new("", "", "", "");
    public List<ContactPerson> Deputies { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    /// <summary>The unit's contacts as first named.</summary>
    public static UnitContacts Named(string regionCode, ContactPerson responsible, IEnumerable<ContactPerson> deputies, string by,
        DateTimeOffset at)
    {
        var contacts = new UnitContacts { RegionCode = regionCode };
        contacts.Rename(responsible, deputies, by, at);
        return contacts;
    }

    /// <summary>Replaces the responsible person and the deputies.</summary>
    public void Rename(ContactPerson responsible, IEnumerable<ContactPerson> deputies, string by, DateTimeOffset at)
    {
        Responsible = responsible;
        Deputies = [.. deputies];
        UpdatedAt = at;
        UpdatedBy = by;
    }
}
