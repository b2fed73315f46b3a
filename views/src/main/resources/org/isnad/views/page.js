// Linked highlight: pointing at a quote, its cue, its speaker or its entry in the side list
// highlights all of them.
(function () {
  function parts(el) {
    var q = el.closest('[data-quote]');
    return q ? q.getAttribute('data-quote').split(' ') : [];
  }
  function mark(numbers, on) {
    numbers.forEach(function (n) {
      document.querySelectorAll('[data-quote~="' + n + '"]').forEach(function (e) {
        e.classList.toggle('hl', on);
      });
    });
  }
  document.addEventListener('mouseover', function (e) { mark(parts(e.target), true); });
  document.addEventListener('mouseout', function (e) { mark(parts(e.target), false); });
})();
