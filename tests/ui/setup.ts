import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// axe on a full pane of Fluent markup takes seconds on a two-core machine, more when suites
// run side by side: the default 5 s would fail tests for their load, not their result.
jest.setTimeout(30000);

// The two DOM matchers the pane's tests need, without adding @testing-library/jest-dom.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeInTheDocument(): R;
      toHaveTextContent(expected: string | RegExp): R;
    }
  }
}

function isElement(received: unknown): received is Element {
  return typeof Element !== 'undefined' && received instanceof Element;
}

expect.extend({
  toBeInTheDocument(received: unknown) {
    const pass = isElement(received) && received.ownerDocument.contains(received);
    return {
      pass,
      message: () =>
        pass
          ? 'expected the element not to be in the document'
          : 'expected an element in the document',
    };
  },
  toHaveTextContent(received: unknown, expected: string | RegExp) {
    const text = isElement(received) ? (received.textContent ?? '').replace(/\s+/g, ' ') : '';
    const pass = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    return {
      pass,
      message: () =>
        `expected text ${pass ? 'not ' : ''}to match ${String(expected)}; got "${text}"`,
    };
  },
});
