// One box checked by the grader's own parser (the page's core), the verdict shown beside it: the sheet and the
// practice page check their boxes alike. localise writes a number from the core in the page's locale.
function showAnswerCheck(core, input, localise) {
  'use strict';
  var result = JSON.parse(core.check(input.value, Number(input.dataset.decimals), input.dataset.symbolic === 'true'));
  var note = document.getElementById(input.id + '-check');
  if (result.state === 'unreadable') {
    input.setAttribute('aria-invalid', 'true');
    note.className = 'check unreadable';
    note.textContent = 'The grader cannot read this: ' + result.message + '.';
  } else {
    input.removeAttribute('aria-invalid');
    note.className = 'check';
    note.textContent = result.readAs ? 'Read as ' + localise(result.readAs) + '.' : '';
  }
}
