(function () {
  "use strict";
  var nav = document.getElementById("filters");
  var byOutlet = document.getElementById("f-outlet");
  var byFlag = document.getElementById("f-flag");
  var count = document.getElementById("f-count");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-o]"));
  var sections = items.filter(function (el) { return el.tagName === "SECTION"; });
  nav.hidden = false;
  function matches(el) {
    var outlets = " " + el.getAttribute("data-o") + " ";
    var flags = " " + el.getAttribute("data-f") + " ";
    return (!byOutlet.value || outlets.indexOf(" " + byOutlet.value + " ") >= 0) &&
      (!byFlag.value || flags.indexOf(" " + byFlag.value + " ") >= 0);
  }
  function apply() {
    var shown = 0;
    items.forEach(function (el) {
      var ok = matches(el);
      el.hidden = !ok;
      if (ok && el.tagName === "SECTION") { shown += 1; }
    });
    count.textContent = (byOutlet.value || byFlag.value)
      ? "Showing " + shown + " of " + sections.length + " groups" : "";
  }
  // ?outlet=NAME&flag=FLAG preselects the filters (a link to a filtered view).
  var params = new URLSearchParams(location.search);
  Array.prototype.forEach.call(byOutlet.options, function (opt) {
    if (params.get("outlet") && opt.textContent === params.get("outlet")) { byOutlet.value = opt.value; }
  });
  Array.prototype.forEach.call(byFlag.options, function (opt) {
    if (params.get("flag") && opt.value === params.get("flag")) { byFlag.value = opt.value; }
  });
  apply();
  byOutlet.addEventListener("change", apply);
  byFlag.addEventListener("change", apply);
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target) {
      var details = target.querySelector("details");
      if (details) { details.open = true; }
    }
  }
  document.querySelectorAll(".matrix tr[data-o]").forEach(function (row) {
    row.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }
      var link = row.querySelector("a");
      if (link) { link.click(); }
    });
  });
  window.addEventListener("hashchange", openTarget);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  openTarget();
})();
