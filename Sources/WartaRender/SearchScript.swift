/// `assets/search.js`, run by the search page only: it reads `?q=` and asks Pagefind's index
/// (`pagefind/pagefind.js`, loaded only then, so nobody who does not search downloads any of it)
/// and lists the pages found. Every text it shows comes from the page's `data-` attributes, in the
/// site's language; excerpts are rebuilt from their text, keeping only Pagefind's `<mark>`s.
package enum SearchScript {
    package static let source = #"""
    (function () {
      "use strict";
      var box = document.getElementById("hasil");
      if (!box) return;
      var d = box.dataset;
      var query = (new URLSearchParams(location.search).get("q") || "").trim();
      document.querySelectorAll("input[name=q]").forEach(function (input) { input.value = query; });
      if (!query) return;
      function fill(text, args) {
        return text.replace(/%(\d)/g, function (all, n) { return args[n - 1] !== undefined ? args[n - 1] : all; });
      }
      function say(text) {
        box.textContent = "";
        var p = document.createElement("p");
        p.className = "notice";
        p.textContent = text;
        box.appendChild(p);
      }
      if (location.protocol === "file:") { say(d.fromDisk); return; }
      var root = new URL(d.root, location.href);
      box.setAttribute("aria-busy", "true");
      say(d.searching);
      import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
        return pagefind.search(query).then(function (found) {
          return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
        });
      }).then(function (pages) {
        box.textContent = "";
        var heading = document.createElement("h2");
        heading.textContent = pages.length ? fill(d.count, [pages.length, query]) : fill(d.none, [query]);
        box.appendChild(heading);
        var list = document.createElement("ol");
        list.className = "results";
        pages.forEach(function (page) {
          var item = document.createElement("li");
          var title = document.createElement("h3");
          var link = document.createElement("a");
          // Pagefind gives addresses from the server root, the folder of pagefind.js included.
          link.href = new URL(page.url, location.href).href;
          link.textContent = (page.meta && page.meta.title) || page.url;
          title.appendChild(link);
          if (page.meta && page.meta.sample) {
            var badge = document.createElement("span");
            badge.className = "badge";
            badge.textContent = d.sample;
            title.appendChild(document.createTextNode(" "));
            title.appendChild(badge);
          }
          item.appendChild(title);
          var excerpt = document.createElement("p");
          var parsed = new DOMParser().parseFromString("<p>" + (page.excerpt || "") + "</p>", "text/html").body;
          parsed.firstChild.childNodes.forEach(function (node) {
            if (node.nodeName === "MARK") {
              var mark = document.createElement("mark");
              mark.textContent = node.textContent;
              excerpt.appendChild(mark);
            } else {
              excerpt.appendChild(document.createTextNode(node.textContent));
            }
          });
          item.appendChild(excerpt);
          list.appendChild(item);
        });
        box.appendChild(list);
        box.removeAttribute("aria-busy");
      }).catch(function () {
        box.removeAttribute("aria-busy");
        say(d.failed);
      });
    })();

    """#
}
