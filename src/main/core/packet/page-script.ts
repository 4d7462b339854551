// The packet page's own script, run by the hire's browser from the file itself: it shows the plan,
// takes the self-assessment, topics, wins and feedback, keeps them in the browser between visits,
// and saves them as an answers file. It builds every element with textContent (names and text
// are never parsed as HTML), asks for nothing over the network, and runs as one classic script
// whose hash the page's Content-Security-Policy allows.
export const PACKET_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('packet-data').textContent);
  var LEVEL_NAMES = data.levelNames;
  var storageKey = 'rolebridge-answers-' + data.packetId;
  var answers = load();

  function load() {
    var empty = { ratings: {}, topics: [], evidence: [] };
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      if (saved && typeof saved === 'object' && saved.ratings && Array.isArray(saved.topics) && Array.isArray(saved.evidence)) return saved;
    } catch (e) { /* storage may be off (private window): answers then live until the page closes */ }
    return empty;
  }
  function keep() {
    try { window.localStorage.setItem(storageKey, JSON.stringify(answers)); } catch (e) { /* see load */ }
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'class') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  function day(value) {
    var parts = value.split('-').map(Number);
    return new Date(parts[0], parts[1] - 1, parts[2]).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  }
  function span(a) { return day(a.startDate) + ' – ' + day(a.dueDate); }
  function hours(h) { return h + (h === 1 ? ' hour' : ' hours'); }
  function list(items) { return el('ul', {}, items.map(function (t) { return el('li', { text: t }); })); }
  function section(title, children) { return el('section', {}, [el('h2', { text: title })].concat(children)); }
  function competencyName(id) {
    var found = data.competencies.filter(function (c) { return c.id === id; })[0];
    return found ? found.name : id;
  }

  function activityRows(activities) {
    return el('ul', { class: 'activities' }, activities.map(function (a) {
      return el('li', {}, [
        el('strong', { text: a.title }),
        a.description ? el('p', { text: a.description }) : null,
        el('p', { class: 'meta', text: span(a) + ' · ' + hours(a.effortHours) + (a.partner ? ' · with ' + a.partner : '') })
      ]);
    }));
  }

  function renderPlan(root) {
    root.appendChild(section('What your new role expects', [list(data.brief.expects), el('p', { text: data.brief.judged })]));
    if (data.brief.keep.length) root.appendChild(section('What to keep', [el('p', { text: 'Strengths you bring to the new role:' }), list(data.brief.keep)]));
    if (data.brief.handOver.length) root.appendChild(section('What to hand over', [list(data.brief.handOver)]));
    if (data.moveWork.length) root.appendChild(section('The move itself', [activityRows(data.moveWork)]));
    root.appendChild(section('Your goals', data.goals.length ? data.goals.map(function (g) {
      return el('div', { class: 'goal' }, [
        el('h3', { text: g.competencyName + ': ' + g.fromLevelName + ' → ' + g.toLevelName }),
        el('p', { class: 'meta', text: span(g) }),
        activityRows(g.activities)
      ]);
    }) : [el('p', { text: 'Your plan has no goals yet.' })]));
    root.appendChild(section('Dates', [
      el('h3', { text: 'One-on-ones' }),
      data.oneOnOnes.length ? list(data.oneOnOnes.map(day)) : el('p', { text: 'None scheduled yet.' }),
      el('h3', { text: 'Reassessments' }),
      data.reassessments.length ? list(data.reassessments.map(day)) : el('p', { text: 'None planned yet.' })
    ]));
  }

  function renderSelfAssessment(root) {
    var cards = data.competencies.map(function (c) {
      var name = 'level-' + c.id;
      var options = c.levels.map(function (description, level) {
        var input = el('input', { type: 'radio', name: name, value: String(level), 'aria-label': c.name + ': ' + level + ' · ' + LEVEL_NAMES[level] });
        if (answers.ratings[c.id] === level) input.checked = true;
        input.addEventListener('change', function () { answers.ratings[c.id] = level; keep(); });
        return el('label', { class: 'level' }, [input, el('span', {}, [el('strong', { text: level + ' · ' + LEVEL_NAMES[level] }), el('span', { text: description })])]);
      });
      return el('fieldset', { class: 'competency' }, [
        el('legend', { text: c.name }),
        el('p', { class: 'meta', text: c.summary + ' The role expects ' + c.target + ' · ' + LEVEL_NAMES[c.target] + '.' }),
        el('div', { class: 'levels' }, options)
      ]);
    });
    root.appendChild(section('Rate yourself', [el('p', { text: 'For each competency, pick the description that matches what you do today. Leave one blank if you are not sure.' })].concat(cards)));
  }

  function renderTopics(root) {
    var items = el('ul', { 'aria-label': 'Your topics' });
    function draw() {
      items.textContent = '';
      answers.topics.forEach(function (t, i) {
        var remove = el('button', { type: 'button', class: 'quiet', text: 'Remove', 'aria-label': 'Remove topic: ' + t.text });
        remove.addEventListener('click', function () { answers.topics.splice(i, 1); keep(); draw(); });
        items.appendChild(el('li', {}, [el('span', { text: t.text }), remove]));
      });
    }
    var input = el('input', { type: 'text', maxlength: '500', 'aria-label': 'New topic', placeholder: 'Something you want to talk about' });
    var form = el('form', { class: 'row' }, [input, el('button', { type: 'submit', text: 'Add topic' })]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      answers.topics.push({ text: text });
      input.value = '';
      keep();
      draw();
    });
    draw();
    root.appendChild(section('Topics for our next one-on-one', [form, items]));
  }

  function renderEvidence(root) {
    var items = el('ul', { 'aria-label': 'Your wins and feedback' });
    function draw() {
      items.textContent = '';
      answers.evidence.forEach(function (e, i) {
        var remove = el('button', { type: 'button', class: 'quiet', text: 'Remove', 'aria-label': 'Remove: ' + e.text });
        remove.addEventListener('click', function () { answers.evidence.splice(i, 1); keep(); draw(); });
        var who = e.kind === 'win' ? 'A win' : 'Feedback from ' + (e.from || 'someone');
        items.appendChild(el('li', {}, [el('span', { text: day(e.notedOn) + ' · ' + competencyName(e.competencyId) + ' · ' + who + ': ' + e.text }), remove]));
      });
    }
    var kind = el('select', { 'aria-label': 'What it is' }, [el('option', { value: 'win', text: 'A win of mine' }), el('option', { value: 'feedback', text: 'Feedback I received' })]);
    var competency = el('select', { 'aria-label': 'Competency' }, data.competencies.map(function (c) { return el('option', { value: c.id, text: c.name }); }));
    var from = el('input', { type: 'text', maxlength: '120', 'aria-label': 'Who it came from', placeholder: 'Who it came from' });
    var when = el('input', { type: 'date', 'aria-label': 'Day', value: today(), max: today() });
    var text = el('textarea', { maxlength: '2000', rows: '3', 'aria-label': 'What happened' });
    var problem = el('p', { class: 'problem', role: 'alert' });
    var form = el('form', { class: 'stack' }, [kind, competency, from, when, text, problem, el('button', { type: 'submit', text: 'Add' })]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      problem.textContent = '';
      if (!text.value.trim()) { problem.textContent = 'Write what happened.'; return; }
      if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(when.value) || when.value > today()) { problem.textContent = 'Pick a day up to today.'; return; }
      answers.evidence.push({ kind: kind.value, competencyId: competency.value, notedOn: when.value, from: kind.value === 'feedback' ? from.value.trim() : '', text: text.value.trim() });
      text.value = '';
      from.value = '';
      keep();
      draw();
    });
    draw();
    root.appendChild(section('Wins and feedback', [el('p', { text: 'Something you did well, or feedback someone gave you: say which competency it shows.' }), form, items]));
  }

  function nonce() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function renderSave(root) {
    var status = el('p', { role: 'status' });
    var button = el('button', { type: 'button', class: 'primary', text: 'Save my answers' });
    button.addEventListener('click', function () {
      var ratings = Object.keys(answers.ratings).map(function (id) { return { competencyId: id, level: answers.ratings[id] }; });
      var file = {
        kind: 'rolebridge-hire-answers',
        format: 1,
        packetId: data.packetId,
        hireId: data.hireId,
        packetVersion: data.version,
        nonce: nonce(),
        savedAt: new Date().toISOString(),
        selfAssessment: ratings.length ? { assessedOn: today(), ratings: ratings } : null,
        topics: answers.topics,
        evidence: answers.evidence
      };
      var blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
      var link = el('a', { href: URL.createObjectURL(blob), download: data.answersFileName });
      document.body.appendChild(link);
      link.click();
      link.remove();
      status.textContent = 'Saved. Send the file to ' + (data.managerName || 'your manager') + '.';
    });
    root.appendChild(section('Send your answers', [el('p', { text: 'Your answers stay in this browser until you save them. Save them as a file and send it to ' + (data.managerName || 'your manager') + ' before your next one-on-one.' }), button, status]));
  }

  var root = document.getElementById('app');
  root.appendChild(el('header', {}, [
    el('h1', { text: 'Your plan, ' + data.hireName }),
    el('p', { class: 'meta', text: data.fromRoleName + ' → ' + data.toRoleName + ' · shared ' + day(data.sharedOn) + (data.managerName ? ' by ' + data.managerName : '') + ' · version ' + data.version })
  ]));
  renderPlan(root);
  renderSelfAssessment(root);
  renderTopics(root);
  renderEvidence(root);
  renderSave(root);
})();
`;
