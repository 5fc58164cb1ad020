(function () {
  "use strict";
  // Progressive enhancement only: without this script the full table shows and prints as it is.
  var table = document.getElementById("disclosures");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  var form = document.getElementById("filters");
  var text = document.getElementById("f-text");
  var status = document.getElementById("f-status");
  var framework = document.getElementById("f-framework");
  var count = document.getElementById("f-count");

  function filter() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!status.value || r.getAttribute("data-status") === status.value) &&
        (!framework.value || r.getAttribute("data-framework") === framework.value) &&
        (!q || r.textContent.toLowerCase().indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " disclosures shown";
  }

  function key(r, col, numeric) {
    var cell = r.cells[col];
    var k = cell.getAttribute("data-key");
    if (numeric) { return Number(k); }
    return (k === null ? cell.textContent : k).trim().toLowerCase();
  }

  function sortBy(th, col) {
    var asc = th.getAttribute("aria-sort") !== "ascending";
    var numeric = th.getAttribute("data-sort") === "number";
    Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = key(a, col, numeric);
      var y = key(b, col, numeric);
      var d = numeric ? x - y : x.localeCompare(y);
      if (d === 0) { return Number(a.getAttribute("data-n")) - Number(b.getAttribute("data-n")); }
      return asc ? d : -d;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  Array.prototype.forEach.call(heads, function (th, col) {
    if (!th.hasAttribute("data-sort")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    th.setAttribute("data-label", th.textContent.trim());  // print shows this: a button repeats blank on each page
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sortBy(th, col); });
  });

  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  filter();

  // A printed page cannot be clicked open: print each rule's text (the table keeps its top quotes only).
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".rule details"), function (d) { d.open = true; });
  });
}());
