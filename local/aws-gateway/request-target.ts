// Splits a request target into the path as sent (which S3 signs verbatim) and the percent-decoded query.

export type Query = Record<string, string | string[]>;

export interface RequestTarget {
  /** The path exactly as on the wire: SigV4 for S3 signs it unnormalised, so it must not be decoded or cleaned. */
  path: string;
  query: Query;
}

/** Decodes one query component; '+' stays a plus, as SigV4 clients encode a space as %20. */
function decodeComponent(value: string): string {
  return decodeURIComponent(value);
}

/** Throws URIError when the target holds a malformed percent escape. */
export function parseRequestTarget(url: string): RequestTarget {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const query: Query = {};
  if (mark >= 0) {
    for (const pair of url.slice(mark + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
      const existing = query[name];
      if (existing === undefined) query[name] = value;
      else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
  }
  return { path, query };
}

/** The single value of a query parameter, matched without regard to case (X-Amz-* names come either way). */
export function queryValue(query: Query, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(query))
    if (key.toLowerCase() === lower) return Array.isArray(value) ? value[0] : value;
  return undefined;
}
