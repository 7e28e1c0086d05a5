// The Precis page: the events list, an event with its cited summary, and a form to add articles.
// Plain DOM, no framework, nothing fetched but this server's own API.
'use strict';

const main = document.getElementById('main');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

async function api(path, options) {
  const r = await fetch(path, options);
  const body = await r.json().catch(() => ({}));
  if (!r.ok && r.status !== 207) {
    const e = body.error || {};
    throw new Error(`${r.status}: ${e.field ? e.field + ': ' : ''}${e.reason || r.statusText}`);
  }
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function failure(err) {
  show(el('p', { class: 'error' }, String(err.message || err)));
}

// --- the events list -------------------------------------------------------------------------

function eventItem(e) {
  return el('li', { class: 'event', 'data-id': e.id },
    el('div', { class: 'meta' }, e.day || 'undated', ' · ',
      `${e.source_count} source${e.source_count === 1 ? '' : 's'}`,
      e.summary_state === 'stale' ? el('span', { class: 'state-stale' }, ' · summary updating') : null),
    el('h2', {}, el('a', { href: `#/event/${encodeURIComponent(e.id)}` }, e.title || '(untitled)')),
    el('p', { class: 'opening' }, e.opening));
}

async function listEvents(params) {
  const query = new URLSearchParams();
  for (const k of ['q', 'since', 'until']) if (params.get(k)) query.set(k, params.get(k));
  for (const k of ['q', 'since', 'until']) document.getElementById(k).value = params.get(k) || '';
  const list = el('ul', { class: 'events' });
  const heading = el('h1', {}, params.get('q') ? `Events matching “${params.get('q')}”` : 'Events');
  const more = el('button', { type: 'button', id: 'more' }, 'More events');
  let cursor = null;
  async function page() {
    const q = new URLSearchParams(query);
    if (cursor) q.set('cursor', cursor);
    const body = await api(`/events?${q}`);
    body.events.forEach(e => list.append(eventItem(e)));
    cursor = body.next_cursor;
    more.hidden = !cursor;
    if (!list.children.length) list.append(el('li', { class: 'muted' }, 'No events yet. ', el('a', { href: '#/post' }, 'Add articles.')));
  }
  more.addEventListener('click', () => page().catch(failure));
  show(heading, list, more);
  await page();
}

// --- one event -------------------------------------------------------------------------------

async function showEvent(id) {
  const e = await api(`/events/${encodeURIComponent(id)}`);
  const s = e.summary;
  const viewer = el('section', { id: 'source-view', hidden: '' });
  const parts = [
    el('p', { class: 'muted' }, el('a', { href: '#/' }, '← all events')),
    el('h1', {}, e.title),
    el('p', { class: 'muted' }, e.day || 'undated', ' · ', `${e.source_count} sources`, ' · ',
      el('span', { id: 'summary-state', class: `state-${e.summary_state}` },
        e.summary_state === 'fresh' ? 'summary up to date' : 'summary being updated')),
  ];
  const summary = el('section', { class: 'summary', id: 'summary' });
  if (!s) {
    summary.append(el('p', { class: 'muted' }, 'The summary is being written; reload in a moment.'));
  } else {
    if (s.when) summary.append(el('p', { class: 'muted when' }, s.when.text));
    for (const sentence of s.sentences) {
      const p = el('p', { class: 'sentence' }, sentence.text, ' ');
      for (const c of sentence.citations) {
        p.append(el('button', {
          type: 'button', class: 'cite', 'data-id': c.id, 'data-start': c.start, 'data-end': c.end,
          title: `open the cited span of source ${c.source}`,
          onclick: ev => openCitation(ev.currentTarget, c, s, viewer),
        }, `[${c.source}]`));
      }
      p.append(el('span', { class: 'support' },
        `stated by ${sentence.support} source${sentence.support === 1 ? '' : 's'}`));
      summary.append(p);
    }
  }
  parts.push(summary, viewer);
  parts.push(el('h2', {}, 'Sources'));
  const numbers = new Map((s ? s.sources : []).map(x => [x.id, x.source]));
  parts.push(el('ol', { class: 'sources' }, e.sources.map(a =>
    el('li', { value: numbers.get(a.id) || '' },
      a.url ? el('a', { href: a.url, rel: 'noreferrer' }, a.title || a.id) : (a.title || a.id),
      el('span', { class: 'muted' }, ' — ', a.outlet || 'unknown outlet', ', ', (a.date || 'undated').slice(0, 10))))));
  parts.push(el('h2', {}, 'Story timeline'));
  parts.push(el('ol', { class: 'timeline' }, e.timeline.map(t =>
    el('li', { class: t.current ? 'current' : '' }, `${t.day || 'undated'} `,
      t.current ? t.title : el('a', { href: `#/event/${encodeURIComponent(t.id)}` }, t.title),
      el('span', { class: 'muted' }, ` (${t.source_count} sources)`)))));
  show(...parts);
}

async function openCitation(button, c, summary, viewer) {
  document.querySelectorAll('.cite.active').forEach(b => b.classList.remove('active'));
  button.classList.add('active');
  const article = await api(`/articles/${encodeURIComponent(c.id)}`).catch(() => null);
  const source = summary.sources.find(x => x.id === c.id) || {};
  const text = (article && article.clean_text) || source.text || '';
  const mark = el('mark', { id: 'cited' }, text.slice(c.start, c.end));
  viewer.replaceChildren(
    el('div', {}, el('strong', {}, `[${c.source}] ${source.title || (article && article.title) || c.id}`),
      el('span', { class: 'muted' }, ` — ${source.outlet || (article && article.outlet) || 'unknown outlet'}`,
        source.date ? `, ${source.date}` : '')),
    el('div', { class: 'text' }, text.slice(0, c.start), mark, text.slice(c.end)));
  viewer.hidden = false;
  mark.scrollIntoView({ block: 'center' });
}

// --- adding articles -------------------------------------------------------------------------

// Plain text is one article: its first non-blank line is the headline, as in a .txt file.
function asArticles(text) {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[')) return t;
  const lines = t.split(/\r?\n/);
  const title = lines.shift().trim();
  return JSON.stringify({ title, text: lines.join('\n').trim() || title });
}

function postForm() {
  const area = el('textarea', { id: 'articles', placeholder: 'One JSON article {"title", "text", "date", "outlet", "url"}, JSON lines, or plain text (first line = headline)' });
  const file = el('input', { type: 'file', id: 'file', accept: '.jsonl,.json,.ndjson,.txt' });
  const result = el('div', { class: 'result', id: 'post-result', hidden: '' });
  file.addEventListener('change', async () => {
    if (file.files.length) area.value = await file.files[0].text();
  });
  const form = el('form', { id: 'post' }, el('p', {}, area), el('p', {}, 'or upload a file: ', file),
    el('p', {}, el('button', { type: 'submit' }, 'Add articles')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    result.hidden = false;
    try {
      const body = await api('/articles', { method: 'POST', body: asArticles(area.value),
        headers: { 'Content-Type': 'application/json' } });
      result.replaceChildren(
        ...body.articles.map(a => el('div', {}, `${a.place}: ${a.id} → `,
          el('a', { href: `#/event/${encodeURIComponent(a.event)}` }, a.event), a.duplicate ? ' (already stored)' : '')),
        ...body.problems.map(p => el('div', { class: 'error' }, `${p.place}: ${p.field}: ${p.reason}`)));
    } catch (err) {
      result.replaceChildren(el('div', { class: 'error' }, String(err.message)));
    }
  });
  show(el('h1', {}, 'Add articles'), form, result);
}

// --- routing ---------------------------------------------------------------------------------

function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, query] = hash.split('?');
  if (path.startsWith('/event/')) return showEvent(decodeURIComponent(path.slice(7))).catch(failure);
  if (path === '/post') return postForm();
  return listEvents(new URLSearchParams(query || '')).catch(failure);
}

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = new URLSearchParams();
  for (const k of ['q', 'since', 'until']) {
    const v = document.getElementById(k).value.trim();
    if (v) q.set(k, v);
  }
  location.hash = `#/?${q}`;
});
window.addEventListener('hashchange', route);
route();
