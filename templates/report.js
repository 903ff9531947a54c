// The class report's tables: a column heading becomes a button that sorts by it (again: the other way round),
// and the student table gets a search box, a status choice and pages of 200 rows, so that a class of thousands
// lays out only what is shown. Without script every table is plain and whole.
(function () {
  'use strict';
  var PAGE = 200; // as the stylesheet's first-page rule (.js #student-table …:nth-child(n+201))
  function value(row, column, numeric) {
    var cell = row.cells[column];
    var v = cell ? (cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent) : '';
    if (!numeric) {
      return v.trim().toLowerCase();
    }
    return v === '' ? null : parseFloat(v);
  }
  function sortBy(table, column, numeric, heading) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var descending = heading.getAttribute('aria-sort') === 'ascending';
    var keyed = rows.map(function (r, i) { return {row: r, key: value(r, column, numeric), i: i}; });
    keyed.sort(function (a, b) {
      if (a.key === b.key) { return a.i - b.i; }
      if (a.key === null) { return 1; }   // unknown values last, either way
      if (b.key === null) { return -1; }
      var c = a.key < b.key ? -1 : 1;
      return descending ? -c : c;
    });
    var done = document.createDocumentFragment();
    keyed.forEach(function (k) { done.appendChild(k.row); });
    body.appendChild(done);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    heading.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    table.dispatchEvent(new Event('sorted'));
  }
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      if (!th.hasAttribute('data-type')) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortBy(table, column, th.getAttribute('data-type') === 'number', th);
      });
    });
  });
  var students = document.getElementById('student-table');
  var controls = document.getElementById('student-controls');
  if (!students || !controls) { return; }
  var body = students.tBodies[0];
  var texts = null; // each row's words, read at the first search
  var search = document.getElementById('student-search');
  var status = document.getElementById('student-status');
  var shown = document.getElementById('student-shown');
  var more = document.getElementById('student-more');
  var limit = PAGE;
  function matches(r, words, wanted) {
    if (wanted !== '' && r.getAttribute('data-status') !== wanted
        && !(wanted === 'flagged' && r.getAttribute('data-flagged') === 'true')) {
      return false;
    }
    if (words.length === 0) { return true; }
    var t = texts.get(r);
    return words.every(function (w) { return t.indexOf(w) >= 0; });
  }
  function show() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length && !texts) {
      texts = new Map();
      Array.prototype.forEach.call(body.rows, function (r) { texts.set(r, r.textContent.toLowerCase()); });
    }
    var wanted = status.value;
    var found = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var ok = matches(r, words, wanted);
      found += ok ? 1 : 0;
      r.hidden = !ok || found > limit;
    });
    var total = body.rows.length;
    var listed = Math.min(found, limit);
    shown.textContent = (found === total ? 'all ' + total : found + ' of ' + total) + ' found'
        + (listed < found ? ', the first ' + listed + ' shown' : '');
    more.hidden = listed >= found;
  }
  function again() { limit = PAGE; show(); }
  search.addEventListener('input', again);
  status.addEventListener('change', again);
  students.addEventListener('sorted', show);
  more.addEventListener('click', function () { limit = Infinity; show(); });
  show();
  students.classList.add('paged'); // from here on the script says which rows show, not the first-page rule
  controls.hidden = false;
})();
