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
