// Injected into a copy of the report by HeadlessChromium: measures every chart as laid out by the
// browser and writes one line per chart into <pre id="chart-measures">:
// id marks visibleMarks hiddenNonZeroMarks xLabels visibleXLabels yLabels visibleYLabels
(function () {
  function shown(element) {
    var box = element.getBoundingClientRect();
    var style = getComputedStyle(element);
    return box.width >= 1 && box.height >= 1 && style.visibility !== 'hidden' && style.display !== 'none'
        && parseFloat(style.opacity) > 0;
  }
  var lines = [];
  document.querySelectorAll('svg').forEach(function (svg) {
    var frame = svg.getBoundingClientRect();
    var marks = svg.querySelectorAll('.bar, .bin, .cell, .point');
    var visible = 0;
    var hiddenNonZero = 0;
    marks.forEach(function (mark) {
      var seen = shown(mark) && getComputedStyle(mark).fill !== 'none';
      var count = mark.getAttribute('data-value') || mark.getAttribute('data-count');
      if (seen) {
        visible++;
      } else if (count === null || Number(count) > 0) {
        hiddenNonZero++;
      }
    });
    function labels(kind) {
      var all = svg.querySelectorAll('text.' + kind);
      var inside = 0;
      all.forEach(function (label) {
        var box = label.getBoundingClientRect();
        if (shown(label) && label.textContent.trim().length > 0 && box.left >= frame.left - 1 && box.right <= frame.right + 1
            && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1) {
          inside++;
        }
      });
      return all.length + ' ' + inside;
    }
    lines.push([svg.id || '(no-id)', marks.length, visible, hiddenNonZero, labels('axis-x'), labels('axis-y')].join(' '));
  });
  var out = document.createElement('pre');
  out.id = 'chart-measures';
  out.textContent = lines.join('\n');
  document.body.appendChild(out);
})();
