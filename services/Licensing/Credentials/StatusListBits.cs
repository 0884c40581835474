namespace PromoMonth.Licensing.Credentials;

/// <summary>One status list as last read: its encodedList, a tag that changes exactly when a bit does, and when it was read.</summary>
public sealed record StatusListBits(string EncodedList, string Tag, DateTimeOffset AsOf);
