namespace PromoMonth.Statistics.Domain;

public sealed record ContactPerson(string Name, string Title, string Phone, string Email);

/// <summary>
/// The person a reporting unit names as responsible for its statistics (专人负责), and any deputies. Shown only to
/// the unit itself and the ministry.
/// </summary>
public sealed class UnitContacts
{
    public required string RegionCode { get; init; }
    public required ContactPerson Responsible { get; set; }
    public List<ContactPerson> Deputies { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
