// The review grid's keyboard: move between rows, select, accept, and open the decision or query form.
import type { KeyboardEvent } from 'react';
import type { ReviewStatus } from '../../../api/types.ts';

export interface ReviewKeyActions {
  move: (to: number | 'first' | 'last') => void;
  toggle: () => void;
  accept: () => void;
  acceptSelected: () => void;
  decide: (status: ReviewStatus) => void;
  query: () => void;
}

type Action = (actions: ReviewKeyActions) => void;

const movement: Record<string, Action> = {
  ArrowDown: (a) => a.move(1),
  j: (a) => a.move(1),
  ArrowUp: (a) => a.move(-1),
  k: (a) => a.move(-1),
  Home: (a) => a.move('first'),
  End: (a) => a.move('last'),
};

const decisions: Record<string, Action> = {
  x: (a) => a.toggle(),
  ' ': (a) => a.toggle(),
  a: (a) => a.accept(),
  A: (a) => a.acceptSelected(),
  n: (a) => a.decide('accepted_with_note'),
  v: (a) => a.decide('not_verified'),
  r: (a) => a.decide('rejected'),
  q: (a) => a.query(),
};

/** A keydown handler for the grid's body; controls inside a row keep their own Enter and Space. */
export function reviewKeyHandler(actions: ReviewKeyActions, editable: boolean) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const onControl = (event.target as HTMLElement).matches('input, button, select, textarea, a');
    if (onControl && (event.key === ' ' || event.key === 'Enter')) return;
    const action = movement[event.key] ?? (editable ? decisions[event.key] : undefined);
    if (!action) return;
    event.preventDefault();
    action(actions);
  };
}
