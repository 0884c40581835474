namespace PromoMonth.Complaints.Domain;

/// <summary>The person complaining: personal data, stored once and masked in every list and log line.</summary>
public sealed record Complainant(string? Name, string? Phone, string? Address)
{
    /// <summary>张三 → 张*, 13812345678 → 138****5678: enough to recognise a case on the phone, not to identify a person.</summary>
    public Complainant Masked() => new(MaskName(Name), MaskPhone(Phone), Address is null ? null : "***");

    private static string? MaskName(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    private static string? MaskPhone(string? phone) =>
        string.IsNullOrEmpty(phone) || phone.Length < 7
            ? (phone is null ? null : "***")
            : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
