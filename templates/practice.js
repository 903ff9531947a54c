// The practice page: shows one variant of the pool at a time, checks each box as it is typed, and on Check hands
// the variant and the typed answers to the grader's own core (the inline WebAssembly module), which marks them
// and writes the worked solution. This script only shows what the core returns: it parses and marks nothing.
(function () {
  'use strict';
  var form = document.getElementById('practice-form');
  var pool = JSON.parse(document.getElementById('practice-pool').textContent);
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-key]'));
  var numbers = document.getElementById('variant-numbers');
  var status = document.getElementById('variant-status');
  var checkButton = document.getElementById('check-answers');
  var newButton = document.getElementById('new-variant');
  var checkStatus = document.getElementById('check-status');
  var results = document.getElementById('results');
  var decimalComma = form.dataset.decimalComma === 'true';
  var marks = {};
  Array.prototype.forEach.call(document.querySelectorAll('#verdict-legend li'), function (li) {
    marks[li.dataset.verdict] = {icon: li.dataset.icon, word: li.dataset.word, meaning: li.textContent};
  });
  var core = null;
  var current = 0;

  // Numbers from the core have a decimal point; the page writes them in its locale.
  function localise(text) {
    return decimalComma && text ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function mark(verdict) {
    var m = marks[verdict];
    var span = element('span', 'mark verdict-' + verdict);
    span.appendChild(element('span', 'icon', m.icon)).setAttribute('aria-hidden', 'true');
    span.appendChild(document.createTextNode(' ' + m.word));
    span.title = m.meaning;
    return span;
  }

  function random(n) {
    var r = new Uint32Array(1);
    window.crypto.getRandomValues(r);
    return r[0] % n;
  }

  function show(index) {
    current = index;
    // The variant's markup, rendered and escaped by the grader's templates (it holds no script).
    numbers.innerHTML = document.getElementById('variant-' + index).textContent;
    inputs.forEach(function (input) {
      input.value = '';
      input.removeAttribute('aria-invalid');
      document.getElementById(input.id + '-check').textContent = '';
    });
    results.hidden = true;
    checkStatus.textContent = '';
    status.textContent = 'Practice variant ' + (index + 1) + ' of ' + pool.length;
    form.dataset.variant = String(index);
  }

  function check(input) {
    showAnswerCheck(core, input, localise);
  }

  function typed() {
    var answers = {};
    inputs.forEach(function (input) {
      if (input.value.trim() !== '') {
        answers[input.dataset.key] = input.value;
      }
    });
    return answers;
  }

  function markAll() {
    var result = JSON.parse(core.mark(JSON.stringify(pool[current]), JSON.stringify(typed())));
    document.getElementById('score').textContent = localise(result.score) + ' of ' + localise(result.max) + ' points';
    var rows = document.getElementById('items');
    rows.replaceChildren();
    var labels = Array.prototype.map.call(document.querySelectorAll('table.items thead th'), function (th) {
      return th.textContent;
    });
    result.items.forEach(function (item) {
      var tr = element('tr', 'verdict-' + item.verdict);
      tr.dataset.key = item.key;
      tr.dataset.verdict = item.verdict;
      tr.appendChild(element('th', null, item.label)).setAttribute('scope', 'row');
      tr.appendChild(element('td', 'submitted', item.submitted === null ? '—' : item.submitted.trim()));
      tr.appendChild(element('td', 'verdict')).appendChild(mark(item.verdict));
      tr.appendChild(element('td', 'num', localise(item.points) + ' of ' + localise(item.max)));
      tr.appendChild(element('td', 'expected', localise(item.expectedText)));
      var why = tr.appendChild(element('td', 'why', localise(item.reason)));
      if (item.misconception) {
        why.dataset.misconception = item.misconception;
        why.appendChild(element('span', 'hint', item.hint ? 'Hint: ' + localise(item.hint) : ''));
      }
      Array.prototype.forEach.call(tr.children, function (cell, i) {
        cell.dataset.label = labels[i]; // a phone shows each row as a card, each cell under its heading
      });
      rows.appendChild(tr);
    });
    worked(result.worked);
    results.hidden = false;
    checkStatus.textContent = 'Marked: ' + localise(result.score) + ' of ' + localise(result.max) + ' points.';
    results.focus();
  }

  function worked(w) {
    document.getElementById('worked-heading').textContent = w.own ? 'Worked solution with your own numbers'
        : 'Worked solution';
    document.getElementById('worked-note').textContent = w.own
        ? 'Follow-through applied: these steps use your own answers where you gave them and carry them through the'
          + ' lecture\'s formulas, so you can follow your path and see the step where it left the correct one.'
        : 'Each step as in the lecture: the formula, the numbers substituted (rounded as the sheet asks) and the'
          + ' result. Your answers are shown beside the steps that were asked.';
    var box = document.getElementById('worked');
    box.replaceChildren();
    w.sections.forEach(function (s) {
      var section = box.appendChild(element('section'));
      section.appendChild(element('h3', null, s.title));
      var list = section.appendChild(element('ol'));
      s.steps.forEach(function (step) {
        var li = list.appendChild(element('li'));
        li.dataset.key = step.key;
        li.appendChild(element('span', 'line', localise(step.line)));
        if (step.verdict) {
          li.appendChild(mark(step.verdict));
          li.appendChild(element('span', 'yours', step.yours
              ? 'you wrote ' + step.yours + (step.note ? ' — ' + step.note : '') : step.note || 'not answered'));
        }
      });
    });
  }

  // Enter moves on to the next box (the last one to Check); it never sends the form anywhere.
  form.addEventListener('keydown', function (event) {
    var i = inputs.indexOf(event.target);
    if (i < 0 || event.key !== 'Enter' || event.isComposing) {
      return;
    }
    event.preventDefault();
    (i + 1 < inputs.length ? inputs[i + 1] : checkButton).focus();
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('input', function (event) {
    if (core && inputs.indexOf(event.target) >= 0) {
      check(event.target);
    }
  });
  window.graderCore('grader-core').then(function (exports) {
    core = exports;
    show(random(pool.length));
    newButton.hidden = false;
    checkButton.hidden = false;
    newButton.addEventListener('click', function () {
      var next = pool.length < 2 ? 0 : (current + 1 + random(pool.length - 1)) % pool.length;
      show(next);
    });
    checkButton.addEventListener('click', markAll);
    form.dataset.ready = 'true';
    form.dataset.readyMs = String(Math.round(performance.now())); // time to interactive, for the tests' report
  }, function () {
    status.textContent = 'This browser cannot run the page\'s WebAssembly (it needs WebAssembly GC: Chrome or Edge'
        + ' 119, Firefox 120, Safari 18.2 or newer), so it cannot mark your answers; the exercise is still here.';
  });
}());
