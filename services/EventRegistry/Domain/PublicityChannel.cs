namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// The publicity channels the 2020 notice names (传统媒体, 融媒体中心, 直播平台, 短视频, 互动视频网站), and other.
/// </summary>
public enum PublicityChannel
{
    TraditionalMedia,
    ConvergenceMediaCentre,
    LiveStreaming,
    ShortVideo,
    InteractiveVideo,
    Other,
}

public sealed record Publicity(PublicityChannel Channel, string? Link);
