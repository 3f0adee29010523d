// Two-way highlighting: a selected line lights up its source sentences, a selected sentence
// its lines. Without this script the markers and back-links still jump (plain #fragment links).
(function () {
  "use strict";
  var lines = Array.prototype.slice.call(document.querySelectorAll("li.line"));
  function clear() {
    document.querySelectorAll(".on").forEach(function (el) { el.classList.remove("on"); });
  }
  function sentence(id) { return document.getElementById("s" + id); }
  function selectLine(li) {
    clear();
    li.classList.add("on");
    (li.dataset.sources || "").split(" ").forEach(function (id) {
      var el = id && sentence(id);
      if (el) { el.classList.add("on"); }
    });
  }
  function selectSentence(mark) {
    clear();
    mark.classList.add("on");
    (mark.dataset.lines || "").split(" ").forEach(function (n) {
      var li = n && document.getElementById("line-" + n);
      if (li) { li.classList.add("on"); }
    });
  }
  lines.forEach(function (li) {
    li.tabIndex = 0;  // focusable only when the script runs: that is when selecting does something
    li.addEventListener("click", function () { selectLine(li); });
    li.addEventListener("focusin", function () { selectLine(li); });
    li.addEventListener("keydown", function (event) {
      var first = li.querySelector("a.marker");
      if (event.key === "Enter" && event.target === li && first) { first.click(); }
    });
  });
  document.querySelectorAll("mark.cited").forEach(function (mark) {
    mark.addEventListener("click", function () { selectSentence(mark); });
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    if (el.matches("mark.cited")) { selectSentence(el); el.focus({ preventScroll: true }); }
    else if (el.matches("li.line")) { selectLine(el); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
