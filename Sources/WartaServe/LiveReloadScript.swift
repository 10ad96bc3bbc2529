import Foundation
import WartaCore

/// What the preview adds to pages: a small script that listens for rebuilds and reloads the page,
/// and shows the problems of a failed build over the last good page. It is added to HTML as it is
/// sent (see `PreviewSite.inject`), never written into the built files.
enum LiveReload {
    static let prefix = "/_warta/"
    static let eventsPath = "/_warta/events"
    static let scriptPath = "/_warta/live.js"
    static let statusPath = "/_warta/status"

    /// The tag added before `</body>`; the version tells the script which build the page shows.
    static func scriptTag(version: String) -> String {
        #"<script src="\#(scriptPath)" data-warta-version="\#(version)"></script>"#
    }

    /// Inserts the script before the last `</body>`, or at the end when there is none.
    static func inject(into html: [UInt8], version: String) -> [UInt8] {
        let tag = Array(scriptTag(version: version).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index..<(index + closing.count)], closing).allSatisfy({ lowercase($0) == $1 }) {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// The script, with its interface text in the language of messages.
    static func script(strings: PreviewStrings) -> String {
        let texts: [String: String] = [
            "lang": strings.languageCode,
            "close": strings.close,
            "disconnected": strings.disconnected,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(texts)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return """
            // Added by `warta serve` for the preview only; `warta build` never writes it.
            (function () {
              "use strict";
              var S = \(json);
              var me = document.currentScript;
              var version = me ? me.getAttribute("data-warta-version") : null;
              var overlay = null, badge = null;
              function el(tag, css, text) {
                var e = document.createElement(tag);
                if (css) e.style.cssText = css;
                if (text !== undefined && text !== null) e.textContent = text;
                return e;
              }
              function hide() { if (overlay) { overlay.remove(); overlay = null; } }
              function show(data) {
                hide();
                overlay = el("div", "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.6);overflow:auto;" +
                  "padding:2rem 1rem;font:16px/1.5 system-ui,sans-serif;text-align:left");
                overlay.setAttribute("role", "alertdialog");
                overlay.setAttribute("aria-modal", "true");
                overlay.setAttribute("aria-labelledby", "warta-problems-title");
                overlay.lang = S.lang;
                var box = el("div", "max-width:52rem;margin:0 auto;background:#fff;color:#1a1a1a;border-top:6px solid #b00020;" +
                  "border-radius:4px;padding:1.25rem 1.5rem;box-shadow:0 4px 24px rgba(0,0,0,.35)");
                var title = el("h2", "margin:0 0 .5rem;font-size:1.3rem;color:#b00020", data.title);
                title.id = "warta-problems-title";
                box.appendChild(title);
                box.appendChild(el("p", "margin:0 0 .5rem", data.intro));
                box.appendChild(el("p", "margin:0 0 .75rem;font-weight:600", data.summary));
                (data.problems || []).forEach(function (p) {
                  var item = el("section", "border-top:1px solid #ccc;padding:.75rem 0");
                  var head = el("p", "margin:0;font-family:ui-monospace,monospace;font-size:.9rem;word-break:break-all");
                  head.appendChild(el("strong", null, p.location));
                  head.appendChild(document.createTextNode(" \\u2014 "));
                  head.appendChild(el("span", p.severity === "error" ? "color:#b00020;font-weight:700" : "color:#7a4f00;font-weight:700", p.severityLabel));
                  item.appendChild(head);
                  item.appendChild(el("p", "margin:.25rem 0", p.message));
                  if (p.line !== undefined && p.line !== null) {
                    item.appendChild(el("pre", "margin:.25rem 0;padding:.5rem;background:#f3f3f3;color:#1a1a1a;overflow:auto;font-size:.9rem", p.line + "\\n" + p.caret));
                  }
                  if (p.hint) item.appendChild(el("p", "margin:.25rem 0", data.hintLabel + ": " + p.hint));
                  box.appendChild(item);
                });
                var close = el("button", "margin-top:.75rem;font:inherit;padding:.35rem 1rem;cursor:pointer", S.close);
                close.type = "button";
                close.addEventListener("click", hide);
                box.appendChild(close);
                overlay.appendChild(box);
                overlay.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
                document.body.appendChild(overlay);
              }
              function setBadge(on) {
                if (on && !badge) {
                  badge = el("div", "position:fixed;left:1rem;bottom:1rem;z-index:2147483647;background:#1a1a1a;color:#fff;" +
                    "padding:.4rem .8rem;border-radius:4px;font:14px/1.4 system-ui,sans-serif", S.disconnected);
                  badge.setAttribute("role", "status");
                  badge.lang = S.lang;
                  document.body.appendChild(badge);
                } else if (!on && badge) { badge.remove(); badge = null; }
              }
              function go(d) {
                if (d.base && location.pathname.indexOf(d.base) !== 0) location.href = d.base; else location.reload();
              }
              if (!window.EventSource) return;
              var events = new EventSource("\(eventsPath)");
              events.addEventListener("hello", function (e) {
                setBadge(false);
                var d = JSON.parse(e.data);
                if (version && d.version !== version) go(d);
              });
              events.addEventListener("reload", function (e) { go(JSON.parse(e.data)); });
              events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
              events.addEventListener("ok", hide);
              events.addEventListener("error", function () { setBadge(true); });
            })();

            """
    }

    /// Served in place of the site while no build has ever succeeded, so that the overlay has a page
    /// to stand on.
    static func placeholderPage(strings: PreviewStrings, siteTitle: String?) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(strings.languageCode))">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(siteTitle ?? strings.problemsTitle))</title></head>
        <body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
        <h1>\(escape(strings.problemsTitle))</h1>
        <p>\(escape(strings.notBuiltYet))</p>
        </body>
        </html>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
