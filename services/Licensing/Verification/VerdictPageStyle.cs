namespace PromoMonth.Licensing.Verification;

/// <summary>The look the online and offline verification pages share, so a verdict reads the same on either.</summary>
public static class VerdictPageStyle
{
    public const string Common = """
        body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
          margin: 0; background: #f6f7f9; color: #1f2328; }
        main { max-width: 32rem; margin: 0 auto; padding: 1rem; }
        .symbol { font-size: 3rem; line-height: 1; }
        p { font-size: 1rem; line-height: 1.6; }
        dl { background: #fff; border-radius: 12px; padding: 1rem; display: grid; grid-template-columns: auto 1fr; gap: .5rem 1rem; }
        footer { color: #57606a; font-size: .85rem; margin-top: 1rem; }
        """;
}
