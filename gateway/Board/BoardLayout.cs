using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Gateway.Board;

/// <summary>
/// The board's page frame: Chinese first with English beside it, one column on a phone and a grid of panels on a wall
/// screen, colours with text contrast of at least 4.5:1, and the panels read again every few seconds by the board's
/// one small script (board.js, served by the gateway), which a button pauses.
/// </summary>
public static class BoardLayout
{
    public const int RefreshSeconds = 10;

    // Chinese written as itself, not as numeric references: a third of the size, and readable in the page's source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        :root { color-scheme: light; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
        body { margin: 0; background: #f4f5f7; color: #1d1d1f; }
        header { background: #8c0f1d; color: #fff; padding: 12px 16px; }
        header h1 { margin: 0; font-size: 1.3rem; }
        header p { margin: 4px 0 0; font-size: .9rem; }
        header a { color: #fff; }
        header button { font-size: .8rem; margin-left: 6px; }
        main { display: grid; gap: 12px; padding: 12px; grid-template-columns: 1fr; }
        @media (min-width: 1200px) { main { grid-template-columns: repeat(2, minmax(0, 1fr)); } .wide { grid-column: 1 / -1; } }
        section { background: #fff; border-radius: 8px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.12); min-width: 0; }
        h2 { font-size: 1.1rem; margin: 0 0 8px; }
        .figure { font-size: 2.2rem; font-weight: 700; margin: 0; }
        .note { color: #4a4a4f; font-size: .85rem; margin: 4px 0 8px; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; }
        th, td { padding: 3px 6px; border-bottom: 1px solid #e2e3e6; text-align: left; white-space: nowrap; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .bar { background: #8c0f1d; height: 10px; border-radius: 2px; }
        .grid td.s { text-align: center; font-weight: 700; min-width: 1.6em; padding: 2px; }
        .onTime { background: #1b6e34; color: #fff; }
        .late { background: #9a4a00; color: #fff; }
        .missing { background: #a1001c; color: #fff; }
        .notDue { background: #eceef1; color: #3a3a3f; }
        .overdue { color: #a1001c; font-weight: 700; }
        .legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; border-radius: 3px; font-size: .8rem; }
        svg.chart { width: 100%; height: auto; max-height: 320px; }
        svg .grid { stroke: #d5d7db; stroke-width: 1; }
        svg .axis { font-size: 12px; fill: #3a3a3f; }
        svg .series { stroke-width: 2.5; }
        svg .s0 { stroke: #8c0f1d; } svg .s1 { stroke: #1f4e9c; stroke-dasharray: 6 4; } svg .s2 { stroke: #1b6e34; stroke-dasharray: 2 3; }
        svg .d0 { fill: #8c0f1d; } svg .d1 { fill: #1f4e9c; } svg .d2 { fill: #1b6e34; }
        .key0 { border-bottom: 3px solid #8c0f1d; } .key1 { border-bottom: 3px dashed #1f4e9c; }
        .key2 { border-bottom: 3px dotted #1b6e34; }
        form label { display: block; margin: 8px 0 4px; }
        form input { font-size: 1rem; padding: 6px; width: min(100%, 360px); }
        form button { margin-top: 12px; font-size: 1rem; padding: 6px 16px; background: #8c0f1d; color: #fff; border: 0;
          border-radius: 4px; }
        """;

    /// <summary>A whole page; <paramref name="refresh"/> (the live panels and their pause button) is off for forms.</summary>
    public static string Page(string title, string subtitle, string navigation, string body, DateTimeOffset now, bool refresh = true) =>
        $"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {(refresh ? "<script src=\"/board/board.js\" defer></script>" : "")}
        <title>{Encode(title)}</title>
        <style>{Style}</style>
        </head>
        <body data-refresh="{RefreshSeconds}">
        <header>
        <h1>{Encode(title)}</h1>
        <p>{Encode(subtitle)} · 更新于 Updated <span id="updated">{Encode(BeijingTime(now))}</span> (北京时间) · {navigation}
        {(refresh ? "<button id=\"live\" type=\"button\" aria-pressed=\"false\">暂停刷新 Pause</button>" : "")}</p>
        </header>
        <main id="panels">
        {body}
        </main>
        </body>
        </html>
        """;

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>One panel of the board, its title also its accessible name.</summary>
    public static string Panel(string title, string content, bool wide = false) =>
        $"<section{(wide ? " class=\"wide\"" : "")} aria-label=\"{Encode(title)}\"><h2>{Encode(title)}</h2>{content}</section>";

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string BeijingTime(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, ShanghaiCalendar.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
