// Search by key, owner or metric name: hides the cards and rows that do not match and dims the tree's other specs.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-search]"));
  var noMatch = document.getElementById("no-match");
  function apply() {
    var query = input.value.trim().toLowerCase();
    var matches = 0;
    items.forEach(function (item) {
      var match = query === "" || item.getAttribute("data-search").indexOf(query) >= 0;
      if (match) { matches++; }
      if (item.namespaceURI === "http://www.w3.org/2000/svg") {
        item.classList.toggle("dim", !match);
      } else {
        item.hidden = !match;
      }
    });
    noMatch.hidden = query === "" || matches > 0;
  }
  input.addEventListener("input", apply);
  apply();
})();
