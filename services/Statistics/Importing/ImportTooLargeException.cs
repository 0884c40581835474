namespace PromoMonth.Statistics.Importing;

/// <summary>An import file past its byte or row cap; it is refused whole (413) and nothing is stored.</summary>
public sealed class ImportTooLargeException(string message) : Exception(message);
