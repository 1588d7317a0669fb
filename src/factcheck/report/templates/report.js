// Filter, sort and search the findings. Without this script every finding shows.
(function () {
  "use strict";
  var controls = document.getElementById("controls");
  if (!controls) { return; }
  controls.hidden = false;
  var form = controls.querySelector("form");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var stories = Array.prototype.slice.call(document.querySelectorAll(".story"));
  var shown = document.getElementById("shown");
  var rank = { error: 0, warning: 1, info: 2 };

  function value(name) { return form.elements[name].value; }

  function apply() {
    var severity = value("severity"), rule = value("rule"), story = value("story");
    var words = value("search").toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    findings.forEach(function (el) {
      var text = el.textContent.toLowerCase();
      var ok = (!severity || el.dataset.severity === severity) &&
        (!rule || el.dataset.rule === rule) &&
        (!story || el.dataset.story === story) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      el.hidden = !ok;
      if (ok) { count += 1; }
    });
    stories.forEach(function (el) {
      var any = el.querySelector(".finding:not([hidden])");
      el.hidden = (story && el.dataset.story !== story) || (!any && (severity || rule || words.length > 0));
    });
    shown.textContent = count + " of " + findings.length + " findings shown";
    sort();
  }

  function sort() {
    var by = value("sort");
    document.querySelectorAll(".findings").forEach(function (list) {
      var items = Array.prototype.slice.call(list.children);
      items.sort(function (a, b) {
        if (by === "sources") { return Number(b.dataset.sources) - Number(a.dataset.sources); }
        if (by === "rule") { return a.dataset.rule < b.dataset.rule ? -1 : a.dataset.rule > b.dataset.rule ? 1 : 0; }
        return (rank[a.dataset.severity] - rank[b.dataset.severity]) || (Number(a.dataset.order) - Number(b.dataset.order));
      });
      items.forEach(function (item) { list.appendChild(item); });
    });
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
