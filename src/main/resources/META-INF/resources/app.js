// The timeline page: filters in the URL, eras as bands, events in time order with their precision,
// an event's details and its citations in the articles. Everything comes from the public /api/v1.
import { eventFilters, exportLinks, getAll, getJson, locateQuote } from './api.js';

const $ = selector => document.querySelector(selector);
const form = $('#filters');
const list = $('#events');
const eventDialog = $('#event-dialog');
const articleDialog = $('#article-dialog');
const DAY = 24 * 60 * 60 * 1000;
const MAX_GAP_YEARS = 2;
const BREAK_UNITS = 0.6;

let eras = [];
const typeNames = {};
let shownEvents = [];
let eventCount = 0;
let latestLoad = 0;

start();

async function start() {
  form.addEventListener('submit', event => { event.preventDefault(); applyForm(); });
  form.addEventListener('change', applyForm);
  $('#clear').addEventListener('click', () => { form.reset(); applyForm(); });
  window.addEventListener('popstate', showUrl);
  eventDialog.addEventListener('close', eventClosed);
  for (const dialog of [eventDialog, articleDialog]) {
    dialog.querySelector('.close').addEventListener('click', () => dialog.close());
  }
  try {
    const [actors, places, types, eraList, meta] = await Promise.all([
      getAll('/api/v1/actors'), getAll('/api/v1/places'), getAll('/api/v1/event-types'),
      getAll('/api/v1/eras'), getJson('/api/v1/meta')]);
    addOptions('actor', actors.items);
    addOptions('place', places.items);
    addOptions('type', types.items);
    types.items.forEach(type => { typeNames[type.id] = type.name; });
    addOptions('era', eraList.items);
    eras = eraList.items;
    eventCount = meta.counts.events;
  } catch (error) {
    showProblem(error);
  }
  await showUrl();
}

/** The form's filters become the page's URL, so the view can be shared and reloaded. */
function applyForm() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value.trim() !== '') params.append(name, value.trim());
  }
  if (params.toString() === new URLSearchParams(location.search).toString()) return;
  history.pushState(null, '', params.size ? `?${params}` : location.pathname);
  showUrl();
}

/** Shows what the URL asks for: the filters in the form, the matching events, an open event. */
async function showUrl() {
  const params = new URLSearchParams(location.search);
  fillForm(params);
  const filters = eventFilters(location.search);
  const links = exportLinks(filters);
  for (const [format, href] of Object.entries(links)) $(`#export-${format}`).href = href;

  const load = ++latestLoad;
  list.setAttribute('aria-busy', 'true');
  try {
    const { items, total } = await getAll('/api/v1/events', filters);
    if (load !== latestLoad) return;
    hideProblem();
    render(items);
    $('#count').textContent = filters.size
      ? `${total} of ${eventCount} events match the filters.` : `All ${total} events.`;
  } catch (error) {
    if (load !== latestLoad) return;
    render([]);
    $('#count').textContent = 'No events shown.';
    showProblem(error);
  } finally {
    list.removeAttribute('aria-busy');
  }
  if (params.has('event')) openEvent(params.get('event'));
  else if (eventDialog.open) eventDialog.close();
}

function fillForm(params) {
  for (const control of form.elements) {
    if (!control.name) continue;
    control.removeAttribute('aria-invalid');
    const value = params.get(control.name) ?? '';
    if (control.type === 'checkbox') {
      control.checked = value === 'true';
    } else {
      // An id the API does not know still shows, so the form says what the URL asks for.
      if (control.tagName === 'SELECT' && value && ![...control.options].some(o => o.value === value)) {
        control.append(h('option', { value }, `${value} (unknown)`));
      }
      control.value = value;
    }
  }
}

function addOptions(name, items) {
  form.elements[name].append(...items.map(item => h('option', { value: item.id }, item.name)));
}

// ---- The timeline: a time axis with the eras as bands, then one row per event on the same axis.

function render(events) {
  shownEvents = events;
  const scale = timeScale(events);
  $('.timeline').classList.toggle('empty', !scale);
  renderAxis(scale, events);
  list.replaceChildren(...events.map(event => eventRow(event, scale)));
}

/**
 * The time axis: the years with events at their true scale, and every stretch of more than two years
 * without one cut to a short break, so that a century whose last few years are busy still shows what
 * each date covers. `stops` pair times with axis units; positions between two stops are linear.
 */
function timeScale(events) {
  if (events.length === 0) return null;
  const year = iso => +iso.slice(0, 4);
  const last = Math.max(...events.map(e => year(e.date.latest ?? e.date.earliest)));
  const busy = new Set(events.flatMap(e => {
    const from = year(e.date.earliest);
    const to = e.date.latest === null ? Math.max(last, from) : year(e.date.latest);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }));
  const years = [...busy].sort((a, b) => a - b);
  const stops = [];
  const breaks = [];
  let units = 0;
  for (const y of years) {
    const gap = stops.length === 0 ? 0 : y - new Date(stops.at(-1).time).getUTCFullYear();
    if (gap > MAX_GAP_YEARS) {
      breaks.push(units + BREAK_UNITS / 2);
      units += BREAK_UNITS;
    } else {
      units += gap;
    }
    if (gap > 0 || stops.length === 0) stops.push({ time: Date.UTC(y, 0, 1), unit: units });
    units += 1;
    stops.push({ time: Date.UTC(y + 1, 0, 1), unit: units });
  }
  return { years, stops, breaks, units };
}

/** Percent of the axis from its start to a time (an ISO date or a time value), clamped to the axis. */
function percent(scale, day) {
  const time = typeof day === 'string' ? Date.parse(day) : day;
  const { stops, units } = scale;
  if (time <= stops[0].time) return 0;
  const i = stops.findIndex(stop => time <= stop.time);
  if (i < 0) return 100;
  const [a, b] = [stops[i - 1], stops[i]];
  return (a.unit + (time - a.time) / (b.time - a.time) * (b.unit - a.unit)) / units * 100;
}

/** The left edge and width of what a date covers, from its first day to the end of its last. */
function extentStyle(scale, earliest, latest) {
  const left = percent(scale, earliest);
  const right = latest === null ? 100 : percent(scale, Date.parse(latest) + DAY);
  return `left:${left}%;width:${right - left}%`;
}

function renderAxis(scale, events) {
  const axis = $('#axis');
  const legend = $('#eras');
  if (!scale) {
    axis.replaceChildren();
    legend.replaceChildren();
    return;
  }
  const [start, end] = [scale.stops[0].time, scale.stops.at(-1).time];
  const visible = eras.filter(era => Date.parse(era.span.earliest) < end
    && Date.parse(era.span.latest ?? era.span.earliest) >= start);
  const bands = visible.map((era, i) => h('div', {
    class: `band era-${eras.indexOf(era) % 6} row-${i % 2}`,
    style: extentStyle(scale, era.span.earliest, era.span.latest), title: `${era.name}, ${era.span.display}`,
  }, h('span', {}, era.name)));
  const breaks = scale.breaks.map(unit => h('span', { class: 'break', style: `left:${unit / scale.units * 100}%` }));
  axis.replaceChildren(h('div', { class: 'bands' }, bands), h('div', { class: 'ticks' }, ticks(scale, axis)), ...breaks);
  legend.replaceChildren(...visible.map(era => {
    const count = events.filter(e => e.era.id === era.id).length;
    return h('li', { class: `era-${eras.indexOf(era) % 6}` },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('a', { href: `?era=${encodeURIComponent(era.id)}` }, era.name), ` ${era.span.display} · `,
      h('span', { class: 'era-count' }, `${count} ${count === 1 ? 'event' : 'events'} shown`));
  }));
}

/** A label on the first year after each break, then every 1, 2, 5… years, as far apart as there is room for. */
function ticks(scale, axis) {
  const yearWidth = (axis.clientWidth || 600) / scale.units;
  const step = [1, 2, 5, 10, 20, 50].find(s => s * yearWidth >= 44) ?? 100;
  let labelled = -Infinity;
  return scale.years.filter(year => {
    const show = !scale.years.includes(year - 1) || (year % step === 0 && year - labelled >= step);
    if (show) labelled = year;
    return show;
  }).map(year => h('span', { class: 'tick', style: `left:${percent(scale, Date.UTC(year, 0, 1))}%` }, String(year)));
}

function eventRow(event, scale) {
  const date = event.date;
  const open = date.latest === null;
  return h('li', { id: `event-${event.id}`, class: 'event' },
    h('p', { class: 'when' },
      h('span', { class: 'date' }, date.display),
      h('span', { class: `precision${open ? ' open-ended' : ''}` },
        h('span', { class: 'visually-hidden' }, 'Precision: '), precisionLabel(date))),
    h('div', { class: 'what' },
      h('h3', {}, h('button', { type: 'button', class: 'open', 'aria-haspopup': 'dialog',
        onclick: () => openEvent(event.id) }, event.title)),
      h('p', { class: 'meta' },
        h('span', { class: `era-tag era-${eras.findIndex(era => era.id === event.era.id) % 6}` }, event.era.name),
        ` · ${typeNames[event.type] ?? event.type}`),
      h('div', { class: 'flags' },
        date.inferred && h('details', { class: 'inferred' },
          h('summary', {}, 'Inferred date: why?'),
          h('p', {}, date.note)),
        event.sourcesDisagree && h('span', { class: 'flag disagree' },
          h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Sources disagree on the date')),
      h('div', { class: 'track', 'aria-hidden': 'true' },
        h('span', {
          class: `extent${open ? ' open' : ''}${date.inferred ? ' inferred' : ''}`,
          style: extentStyle(scale, date.earliest, date.latest),
        }))));
}

/** What a date covers, in words: "year", "month, late", "span", "open-ended". */
function precisionLabel(date) {
  if (date.latest === null) return 'open-ended →';
  const what = date.end ? 'span' : date.precision;
  return date.qualifier ? `${what}, ${date.qualifier}` : what;
}

// ---- An event's details, and a citation in its article.

async function openEvent(id) {
  try {
    const event = shownEvents.find(e => e.id === id)
      ?? await getJson(`/api/v1/events/${encodeURIComponent(id)}`);
    $('#event-title').textContent = event.title;
    $('#event-body').replaceChildren(eventDetails(event));
    const params = new URLSearchParams(location.search);
    params.set('event', id);
    history.replaceState(null, '', `?${params}`);
    if (!eventDialog.open) eventDialog.showModal();
  } catch (error) {
    showProblem(error);
  }
}

function eventClosed() {
  const params = new URLSearchParams(location.search);
  const id = params.get('event');
  params.delete('event');
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  document.getElementById(`event-${id}`)?.querySelector('button.open')?.focus();
}

function eventDetails(event) {
  const date = event.date;
  return h('div', {},
    h('p', { class: 'when' }, h('span', { class: 'date' }, date.display),
      h('span', { class: `precision${date.latest === null ? ' open-ended' : ''}` }, precisionLabel(date))),
    event.sourcesDisagree && h('p', { class: 'flag disagree' },
      h('span', { 'aria-hidden': 'true' }, '⚠ '), 'The sources disagree on the date: ',
      event.citations.filter(c => c.statedDate && !c.statedDate.agrees).map(c =>
        `${c.publisher ?? c.sourceTitle} says ${c.statedDate.date.display} (“${c.statedDate.phrase}”). `)),
    h('dl', {},
      h('dt', {}, 'Date'), h('dd', {}, `${date.display} (from ${date.earliest} to ${date.latest ?? 'open end'})`,
        date.edtf && h('span', {}, ' · EDTF ', h('code', {}, date.edtf))),
      date.note && [h('dt', {}, date.inferred ? 'How the date was inferred' : 'About the date'), h('dd', {}, date.note)],
      h('dt', {}, 'Type'), h('dd', {}, typeNames[event.type] ?? event.type),
      h('dt', {}, 'Era'), h('dd', {}, event.era.name)),
    h('p', { class: 'summary' }, event.summary),
    h('h3', {}, 'Actors'),
    h('ul', {}, event.actors.map(a => h('li', {}, h('strong', {}, a.name), ` — ${a.role} (${a.kind})`))),
    h('h3', {}, 'Places'),
    h('ul', {}, event.places.map(p => h('li', {}, `${p.name} (${p.lat}, ${p.lon})`))),
    event.figures.length > 0 && [h('h3', {}, 'Figures'),
      h('ul', {}, event.figures.map(f => h('li', {}, `${f.label}: ${f.display}`)))],
    h('h3', {}, 'Citations'),
    h('ol', { class: 'citations' }, event.citations.map(citation => citationItem(event, citation))));
}

function citationItem(event, citation) {
  const stated = citation.statedDate;
  return h('li', { class: stated && !stated.agrees ? 'disagrees' : null },
    h('blockquote', {}, citation.quote),
    h('p', { class: 'source' }, '— ', h('cite', {}, citation.sourceTitle),
      citation.publisher && `, ${citation.publisher}`),
    stated && h('p', { class: `stated ${stated.agrees ? 'agrees' : 'disagrees'}` },
      h('span', { 'aria-hidden': 'true' }, stated.agrees ? '✓ ' : '⚠ '),
      stated.agrees ? 'Agrees: ' : 'Disagrees: ',
      `the article says “${stated.phrase}” (${stated.date.display}${stated.date.inferred ? ', inferred' : ''})`,
      stated.agrees ? '.' : `; the timeline dates the event ${event.date.display}.`),
    stated?.date.note && h('details', { class: 'inferred' },
      h('summary', {}, 'How the article\'s date was read'), h('p', {}, stated.date.note)),
    h('button', { type: 'button', class: 'in-article', onclick: () => openArticle(citation) },
      'Show the quote in the article'));
}

async function openArticle(citation) {
  try {
    const source = await getJson(`/api/v1/sources/${encodeURIComponent(citation.sourceId)}`);
    const located = citation.anchor ? locateQuote(source.text, citation.anchor) : null;
    $('#article-title').textContent = source.title;
    $('#article-meta').textContent = [source.publisher, source.date.display].filter(Boolean).join(' · ');
    $('#article-missing').hidden = located !== null;
    const text = $('#article-text');
    const mark = located && h('mark', {}, located.quote);
    text.replaceChildren(...(located ? [located.before, mark, located.after] : [source.text]));
    articleDialog.showModal();
    text.focus({ preventScroll: true });
    mark?.scrollIntoView({ block: 'center' });
  } catch (error) {
    showProblem(error);
  }
}

// ---- Problems: the API's own words, where the person looking at the page can read them.

function showProblem(error) {
  const problem = error.problem ?? { title: 'The API could not be reached', detail: error.message };
  const alert = $('#problem');
  alert.replaceChildren(h('strong', {}, `${problem.title}${problem.status ? ` (${problem.status})` : ''}: `),
    problem.detail ?? '');
  alert.hidden = false;
  const control = problem.parameter && form.elements[problem.parameter];
  control?.setAttribute?.('aria-invalid', 'true');
}

function hideProblem() {
  $('#problem').hidden = true;
  $('#problem').replaceChildren();
}

/** A small element builder: h('a', {href}, 'text', child…); `on…` attributes become listeners. */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  element.append(...children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false));
  return element;
}
