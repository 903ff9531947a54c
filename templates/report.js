// The class report's tables: a column heading becomes a button that sorts by it (again: the other way round),
// and the student table gets a search box and a status choice. Without script the tables are plain and whole.
(function () {
  'use strict';
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
  var rows = Array.prototype.slice.call(students.tBodies[0].rows);
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var search = document.getElementById('student-search');
  var status = document.getElementById('student-status');
  var shown = document.getElementById('student-shown');
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var wanted = status.value;
    var n = 0;
    rows.forEach(function (r, i) {
      var ok = (wanted === '' || r.getAttribute('data-status') === wanted || (wanted === 'flagged'
          && r.getAttribute('data-flagged') === 'true'))
          && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      n += ok ? 1 : 0;
    });
    shown.textContent = n === rows.length ? 'all ' + n + ' shown' : n + ' of ' + rows.length + ' shown';
  }
  search.addEventListener('input', filter);
  status.addEventListener('change', filter);
  controls.hidden = false;
  filter();
})();
