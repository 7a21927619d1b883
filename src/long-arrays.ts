// A call's arguments are held on the stack: an array of about 100,000 elements spread into one call
// (Math.max(...lines), list.push(...items)) throws "Maximum call stack size exceeded", and a page of
// a hostile PDF or text can have that many lines, items or findings. These take the array itself.

/** The smallest of `values` and `start`: Math.min(start, ...values), for any number of values. */
export function smallest(values: Iterable<number>, start = Infinity): number {
  let result = start;
  for (const value of values) result = Math.min(result, value);
  return result;
}

/** The largest of `values` and `start`: Math.max(start, ...values), for any number of values. */
export function largest(values: Iterable<number>, start = -Infinity): number {
  let result = start;
  for (const value of values) result = Math.max(result, value);
  return result;
}

/** Adds `items` at the end of `list`: list.push(...items), for any number of items. */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}

/** Puts `items` into `list` before its element at `at`: list.splice(at, 0, ...items), for any number of items. */
export function insertAll<T>(list: T[], at: number, items: readonly T[]): void {
  const after = list.splice(at);
  pushAll(list, items);
  pushAll(list, after);
}

/** The first index of a list sorted by `key` whose key is at least `value` (binary search). */
export function firstAtOrAfter<T>(list: T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(list[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
