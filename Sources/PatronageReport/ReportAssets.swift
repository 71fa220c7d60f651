/// The report's one script and one style sheet, written by us; no external resources.
enum ReportAssets {
  /// `report.js`: the year slider (and ← → keys), search, sortable tables, and the query hook
  /// `?year=1925&search=stalin&sort=PageRank&keys=ArrowRight` that applies those on load (used by
  /// the browser test; `keys` presses keys in turn).
  static let script = """
    (function () {
      "use strict";
      var dataElement = document.getElementById("report-data");
      var data = dataElement ? JSON.parse(dataElement.textContent) : { years: [], entries: [] };
      var sections = Array.prototype.slice.call(document.querySelectorAll("section.year"));
      var slider = document.getElementById("year-slider");
      var label = document.getElementById("year-label");
      var current = 0;

      function show(index) {
        if (!sections.length) { return; }
        current = Math.max(0, Math.min(sections.length - 1, index));
        sections.forEach(function (section, i) { section.hidden = i !== current; });
        var year = sections[current].getAttribute("data-year");
        if (slider) { slider.value = String(current); }
        if (label) { label.textContent = year; }
        document.body.setAttribute("data-year", year);
      }

      function showYear(year) {
        var index = data.years.indexOf(Number(year));
        if (index >= 0) { show(index); }
      }

      if (slider) {
        slider.addEventListener("input", function () { show(Number(slider.value)); });
        document.getElementById("previous-year").addEventListener("click", function () { show(current - 1); });
        document.getElementById("next-year").addEventListener("click", function () { show(current + 1); });
        document.addEventListener("keydown", function (event) {
          var target = event.target;
          if (target && target.tagName === "INPUT" && target.type === "search") { return; }
          if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
          if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
        });
      }

      var box = document.getElementById("search");
      var results = document.getElementById("search-results");
      function search(query) {
        if (!results) { return; }
        var needle = query.trim().toLowerCase();
        results.textContent = "";
        if (!needle) { return; }
        data.entries.forEach(function (entry) {
          var names = [entry.name, entry.id].concat(entry.aliases);
          var found = names.some(function (name) { return name.toLowerCase().indexOf(needle) >= 0; });
          if (!found) { return; }
          var item = document.createElement("li");
          item.className = "result " + entry.kind;
          var link = document.createElement("a");
          link.href = entry.href;
          link.textContent = entry.name;
          item.appendChild(link);
          item.appendChild(document.createTextNode(" (" + entry.kind + ")"));
          results.appendChild(item);
        });
        if (!results.children.length) {
          var none = document.createElement("li");
          none.className = "none";
          none.textContent = "Nothing found.";
          results.appendChild(none);
        }
      }
      if (box) { box.addEventListener("input", function () { search(box.value); }); }

      function cellValue(row, column) {
        var cell = row.cells[column];
        if (!cell) { return ""; }
        return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
      }

      function sortTable(table, column, descending) {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = rows.every(function (row) {
          var value = cellValue(row, column);
          return value === "" || !isNaN(Number(value));
        });
        rows.sort(function (a, b) {
          var x = cellValue(a, column);
          var y = cellValue(b, column);
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
          header.removeAttribute("aria-sort");
          if (index === column) { header.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
        });
      }

      Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
          header.tabIndex = 0;
          header.addEventListener("click", function () {
            sortTable(table, column, header.getAttribute("aria-sort") === "ascending");
          });
        });
      });

      var params = new URLSearchParams(window.location.search);
      if (params.get("year")) { showYear(params.get("year")); } else { show(0); }
      if (box && params.get("search")) { box.value = params.get("search"); search(box.value); }
      if (params.get("keys")) {
        params.get("keys").split(",").forEach(function (key) {
          document.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
        });
      }
      if (params.get("sort")) {
        var wanted = params.get("sort").toLowerCase();
        Array.prototype.forEach.call(document.querySelectorAll("section.year table.sortable"), function (table) {
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
            if (header.textContent.trim().toLowerCase() === wanted) { sortTable(table, column, true); }
          });
        });
      }
      document.body.setAttribute("data-ready", "true");
    })();

    """

  /// `report.css`.
  static let style = """
    body { font-family: Helvetica, Arial, sans-serif; color: #1f2937; margin: 0 auto; max-width: 1200px; \
    padding: 0 1rem 3rem; line-height: 1.4; }
    h1 { margin-bottom: 0.2rem; }
    nav { margin: 0.4rem 0; }
    a { color: #1d4ed8; }
    a.evidence { font-size: 0.8em; padding: 0 0.15em; }
    .summary, .hint { color: #4b5563; }
    .search { margin: 0.8rem 0; }
    .search input { font-size: 1rem; padding: 0.3rem; width: 18rem; }
    #search-results { list-style: none; padding: 0; }
    #search-results li { display: inline-block; margin: 0.2rem 0.8rem 0.2rem 0; }
    .controls { position: sticky; top: 0; background: #fff; padding: 0.5rem 0; z-index: 2; \
    border-bottom: 1px solid #e5e7eb; }
    .controls input[type=range] { width: 50%; vertical-align: middle; }
    #year-label { font-size: 1.4rem; font-weight: bold; margin-left: 0.6rem; }
    figure.diagram { margin: 0.5rem 0; overflow-x: auto; }
    figure.diagram svg { max-width: 100%; height: auto; }
    .river svg { max-width: 100%; height: auto; }
    .switch { color: #d7191c; }
    ul.legend { list-style: none; padding: 0; font-size: 0.85rem; }
    ul.legend li { display: inline-block; margin-right: 1rem; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid #5b4636; margin-right: 0.3rem; \
    vertical-align: middle; }
    .change.new { color: #2166ac; }
    .change.gone { color: #6b7280; }
    table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9rem; }
    caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
    th, td { border: 1px solid #e5e7eb; padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
    table.sortable th { cursor: pointer; background: #f3f4f6; }
    th[aria-sort=ascending]::after { content: " ▲"; }
    th[aria-sort=descending]::after { content: " ▼"; }
    ul.ties { margin: 0; padding-left: 1.1rem; }
    article.relation { border-top: 1px solid #e5e7eb; padding: 0.4rem 0; }
    article.relation:target { background: #fff7d6; }
    article.relation h2 { font-size: 1.05rem; }
    .conflict { color: #b91c1c; font-weight: bold; }
    q { font-style: italic; }
    .where { color: #4b5563; font-size: 0.85em; }
    tr:target { background: #fff7d6; }

    """
}
