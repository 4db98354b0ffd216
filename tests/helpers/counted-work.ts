// Work counted instead of timed (a shared machine flakes): every element the array scans visit
// (some/find/filter/… callbacks, includes/indexOf lengths), where a quadratic stage hides.
import { afterEach } from 'vitest';

const CALLBACK_METHODS = ['some', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'every', 'map', 'forEach', 'flatMap', 'reduce'] as const;
const SCAN_METHODS = ['includes', 'indexOf', 'lastIndexOf'] as const;

type AnyMethod = (this: unknown[], ...args: unknown[]) => unknown;
const arrayMethods = Array.prototype as unknown as Record<string, AnyMethod>;
const originals = new Map<string, AnyMethod>();

afterEach(() => {
  for (const [name, method] of originals) arrayMethods[name] = method;
  originals.clear();
});

/** Runs `work` with every array scan counted; returns its result and the elements visited. */
export function counted<T>(work: () => T): { result: T; visits: number } {
  let visits = 0;
  for (const name of CALLBACK_METHODS) {
    const original = arrayMethods[name]!;
    originals.set(name, original);
    arrayMethods[name] = function (this: unknown[], callback: unknown, ...rest: unknown[]) {
      const f = callback as (...a: unknown[]) => unknown;
      return original.call(this, (...a: unknown[]) => (visits++, f(...a)), ...rest);
    };
  }
  for (const name of SCAN_METHODS) {
    const original = arrayMethods[name]!;
    originals.set(name, original);
    arrayMethods[name] = function (this: unknown[], ...args: unknown[]) {
      visits += this.length;
      return original.apply(this, args);
    };
  }
  try {
    return { result: work(), visits };
  } finally {
    for (const [name, method] of originals) arrayMethods[name] = method;
    originals.clear();
  }
}

