// The sheet's answer form: keeps what is typed in this browser (localStorage) and saves answers.json in the
// submission format {"student": id, "variant": code, "answers": {exerciseId: {key: "typed string"}}}, blanks left
// out. No server.
(function () {
  'use strict';
  var form = document.getElementById('answer-form');
  var student = form.dataset.student;
  var store = 'backprop-grader:' + form.dataset.assignment + ':' + student;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-exercise][data-key]'));
  var status = document.getElementById('save-status');
  var link = document.getElementById('answers-link');

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
      status.textContent = 'This browser does not keep your answers; save answers.json before closing the page.';
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

  function save(event) {
    event.preventDefault();
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
    status.textContent = count + ' of ' + inputs.length + ' answers saved to answers.json (see your downloads;'
        + ' if nothing was saved, use the answers.json link).';
  }

  restore();
  form.addEventListener('input', remember);
  form.addEventListener('submit', save);
}());
