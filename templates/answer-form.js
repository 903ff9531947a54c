// The sheet's answer form: keeps what is typed in this browser (localStorage), checks each box as it is typed with
// the grader's own parser (the inline WebAssembly module), and saves <student>-<assignment>-answers.json in the
// submission format {"student": id, "variant": code, "answers": {exerciseId: {key: "typed string"}}}, blanks left
// out. No server. Enter moves to the next box and never saves; only the Save button does.
(function () {
  'use strict';
  var form = document.getElementById('answer-form');
  var student = form.dataset.student;
  var fileName = form.dataset.file;
  var store = 'backprop-grader:' + form.dataset.assignment + ':' + student;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-exercise][data-key]'));
  var status = document.getElementById('save-status');
  var link = document.getElementById('answers-link');
  var button = document.getElementById('save-answers');
  var decimalComma = form.dataset.decimalComma === 'true';
  var core = null;

  function typed() {
    var answers = {};
    inputs.forEach(function (input) {
      var value = input.value.trim();
      if (value === '') {
        return;
      }
      var exercise = input.dataset.exercise;
      answers[exercise] = answers[exercise] || {};
      answers[exercise][input.dataset.key] = value;
    });
    var saved = {student: student};
    if (form.dataset.variant) {
      saved.variant = form.dataset.variant; // the sheet's variant code: whose numbers these answers are for
    }
    saved.answers = answers;
    return saved;
  }

  function remember() {
    try {
      localStorage.setItem(store, JSON.stringify(typed().answers));
    } catch (e) {
      status.textContent = 'This browser does not keep your answers; save them before closing the page.';
    }
  }

  function restore() {
    var saved;
    try {
      saved = JSON.parse(localStorage.getItem(store) || '{}') || {};
    } catch (e) {
      saved = {};
    }
    inputs.forEach(function (input) {
      var exercise = saved[input.dataset.exercise];
      if (exercise && typeof exercise[input.dataset.key] === 'string') {
        input.value = exercise[input.dataset.key];
      }
    });
  }

  // What the grader will make of one box: its own parser's verdict, shown beside the box.
  function check(input) {
    if (core) {
      showAnswerCheck(core, input, localise);
    }
  }

  function localise(number) {
    return decimalComma ? number.replace('.', ',') : number;
  }

  function unreadable() {
    return inputs.filter(function (input) { return input.getAttribute('aria-invalid') === 'true'; }).length;
  }

  function save() {
    remember();
    var data = typed();
    var count = 0;
    Object.keys(data.answers).forEach(function (e) { count += Object.keys(data.answers[e]).length; });
    var blob = new Blob([JSON.stringify(data, null, 2) + '\n'], {type: 'application/json'});
    if (link.dataset.url) {
      URL.revokeObjectURL(link.dataset.url);
    }
    link.dataset.url = URL.createObjectURL(blob);
    link.href = link.dataset.url;
    link.hidden = false;
    link.click();
    var now = new Date();
    var time = [now.getHours(), now.getMinutes(), now.getSeconds()].map(function (n) {
      return (n < 10 ? '0' : '') + n;
    }).join(':');
    var bad = unreadable();
    status.textContent = 'Saved ' + count + ' of ' + inputs.length + ' answers to ' + fileName + ' at ' + time + '.'
        + (bad ? ' ' + bad + (bad === 1 ? ' answer' : ' answers') + ' cannot be read by the grader (see the boxes).' : '')
        + ' Hand in that file (see your downloads; if nothing was saved, use the link). If you saved before, your'
        + ' browser may add a number to the name: hand in the newest.';
  }

  // Enter moves on to the next box (the last one to the Save button): it never saves.
  function next(event) {
    if (event.key !== 'Enter' || event.isComposing) {
      return;
    }
    event.preventDefault();
    var i = inputs.indexOf(event.target);
    (i >= 0 && i + 1 < inputs.length ? inputs[i + 1] : button).focus();
  }

  restore();
  button.hidden = false;
  form.addEventListener('input', function (event) {
    remember();
    if (inputs.indexOf(event.target) >= 0) {
      check(event.target);
    }
  });
  form.addEventListener('keydown', function (event) {
    if (inputs.indexOf(event.target) >= 0) {
      next(event);
    }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  button.addEventListener('click', save);
  window.graderCore('grader-core').then(function (exports) {
    core = exports;
    inputs.forEach(function (input) {
      if (input.value.trim() !== '') {
        check(input);
      }
    });
    form.dataset.checking = 'ready';
    form.dataset.readyMs = String(Math.round(performance.now())); // time to interactive, for the tests' report
  }, function () {
    form.dataset.checking = 'unavailable';
    status.textContent = 'This browser cannot check your answers as you type; they are still kept and saved.';
  });
}());
