import type { ReactElement } from 'react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { renderWithProviders, type Harness, type HarnessOptions } from './test-harness';

/**
 * A user-event instance for antd-heavy screens: the pointer-events check walks getComputedStyle up the tree on
 * every click, which jsdom makes slow with antd's many CSS-in-JS style tags, and the per-keystroke delay
 * adds nothing to what a test proves.
 */
export function fastUser(): UserEvent {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
}

export interface FastHarness extends Harness {
  fast: UserEvent;
}

/** renderWithProviders() plus a fast user-event instance. */
export function renderFast(ui: ReactElement, options: HarnessOptions = {}): FastHarness {
  return { ...renderWithProviders(ui, options), fast: fastUser() };
}
