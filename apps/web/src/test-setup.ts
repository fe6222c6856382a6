import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { enableUnboundedSelectorCache } from './test/unbounded-selector-cache';

// jsdom lacks the layout APIs antd relies on; these stand-ins are enough for components to render.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// antd measures scrollbars through pseudo-element styles, which jsdom reports as "not implemented".
// Wrapped once: the files of a worker share this window (isolate: false in vite.config.mts) and each file runs
// this setup again.
const WRAPPED = Symbol.for('partrack.getComputedStyle.withoutPseudo');
if (!(WRAPPED in window.getComputedStyle)) {
  const originalGetComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = Object.assign(
    (element: Element, _pseudo?: string | null) => originalGetComputedStyle(element),
    { [WRAPPED]: true },
  );
}

// Half the CPU time of the page specs went to recompiling antd's selectors: see unbounded-selector-cache.ts.
enableUnboundedSelectorCache();

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// Files share the worker's window and its node_modules (isolate: false), so what @testing-library/react does
// on import, for the first file only, is done here for each: tell React it runs in tests (act warnings)...
const actEnvironment = globalThis as typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };
let previousActEnvironment: boolean | undefined;
beforeAll(() => {
  previousActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

// ...and each file starts, as it would in a fresh window, with no nodes left in the body (static antd
// messages, portals), empty storage and the initial address.
const initialUrl = window.location.href;
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment;
  document.body.replaceChildren();
  window.localStorage.clear();
  window.sessionStorage.clear();
  if (window.location.href !== initialUrl) window.history.replaceState(null, '', initialUrl);
});
