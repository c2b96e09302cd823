/**
 * PostgreSQL text and jsonb cannot hold U+0000: a NUL anywhere in a request would fail its SQL
 * and answer 500 (nothing is written, but the log fills with errors). Requests carrying one are
 * refused as bad input before any route runs.
 */

/** Whether any string (or object key) in a parsed JSON value or query holds U+0000. */
export function holdsNul(value: unknown): boolean {
  // A loop, not recursion: an 8 MB push can nest deeper than the call stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes('\u0000')) return true;
        stack.push(x);
      }
    }
  }
  return false;
}
