/**
 * Memoising pure functions of a cell's text. A dashboard repeats the same few short texts row
 * after row (markers such as "COVID" or "-", objectives such as "90%"), so reading each once
 * saves most of the work on a large workbook.
 */

/** Long texts (comments) seldom repeat: they are computed every time and never kept. */
const MAX_KEPT_LENGTH = 200;
const MAX_ENTRIES = 4096;

/**
 * `read` with its results kept by text. Results are shared between callers, so they must not
 * be mutated. The store is emptied when full: memory stays bounded whatever the workbook holds.
 */
export function memoizeText<T>(read: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    // The engine reads whatever a cell holds: a non-string reaches `read` as it always did.
    if (typeof text !== 'string' || text.length > MAX_KEPT_LENGTH) return read(text);
    let result = kept.get(text);
    if (result === undefined) {
      result = read(text);
      if (kept.size >= MAX_ENTRIES) kept.clear();
      kept.set(text, result);
    }
    return result;
  };
}
