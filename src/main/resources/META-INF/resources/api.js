// The few helpers a front-end needs to read the timeline API: copy this file as it is.
// Only public /api/v1 endpoints, relative URLs, no library.

/** The filters GET /api/v1/events, /timeline and the exports share (README, "Event filters"). */
export const EVENT_FILTERS = ['q', 'actor', 'place', 'type', 'era', 'from', 'to', 'sourcesDisagree'];

/** An RFC 9457 problem the API answered with; `problem` has `title`, `status`, `detail` and `parameter`. */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/**
 * GETs one JSON resource. `cache: 'no-cache'` makes the browser revalidate every time: it sends the
 * kept ETag in If-None-Match, the service answers 304 with no body, and fetch hands back the kept body
 * as a 200, so the page is never stale after the data is reloaded and costs the server next to nothing.
 */
export async function getJson(path, params = new URLSearchParams()) {
  const query = params.toString();
  const response = await fetch(query ? `${path}?${query}` : path,
    { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    // Every API error is problem+json; the few the HTTP layer answers with an empty body (414, 431) are not.
    throw new ProblemError(body?.title ? body : {
      title: response.statusText || 'Error', status: response.status,
      detail: `The API answered ${response.status} with no explanation.`,
    });
  }
  return body;
}

/** Every item of a paged list ({items, page, size, total}), a page of 100 at a time. */
export async function getAll(path, params = new URLSearchParams()) {
  const items = [];
  for (let page = 0; ; page++) {
    const query = new URLSearchParams(params);
    query.set('size', '100');
    query.set('page', String(page));
    const answer = await getJson(path, query);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) {
      return { items, total: answer.total };
    }
  }
}

/** The event filters of a query string (a page's location.search, say), without empty values. */
export function eventFilters(search) {
  const all = new URLSearchParams(search);
  const filters = new URLSearchParams();
  for (const name of EVENT_FILTERS) {
    all.getAll(name).filter(value => value.trim() !== '').forEach(value => filters.append(name, value));
  }
  return filters;
}

/** Where the exports of a filter are: the same query, with the format the export needs. */
export function exportLinks(filters) {
  const withFormat = format => `/api/v1/events?${new URLSearchParams([...filters, ['format', format]])}`;
  const query = filters.toString();
  return {
    timelinejs: '/api/v1/export/timelinejs' + (query ? `?${query}` : ''),
    csv: withFormat('csv'),
    ics: withFormat('ics'),
    geojson: withFormat('geojson'),
  };
}

/**
 * Splits an article's text around a citation's quote, using the citation's W3C selectors: the
 * TextPositionSelector first (start/end count Unicode code points, JavaScript strings count UTF-16
 * units, hence Array.from), the TextQuoteSelector's exact text, with its prefix and suffix, when the
 * position does not hold it. Returns {before, quote, after}, or null when the quote is not in the text.
 */
export function locateQuote(text, anchor) {
  const codePoints = Array.from(text);
  const { start, end } = anchor.position;
  const { exact, prefix = '', suffix = '' } = anchor.quote;
  if (codePoints.slice(start, end).join('') === exact) {
    return {
      before: codePoints.slice(0, start).join(''),
      quote: exact,
      after: codePoints.slice(end).join(''),
    };
  }
  let at = text.indexOf(prefix + exact + suffix);
  at = at < 0 ? text.indexOf(exact) : at + prefix.length;
  return at < 0 ? null
    : { before: text.slice(0, at), quote: exact, after: text.slice(at + exact.length) };
}
