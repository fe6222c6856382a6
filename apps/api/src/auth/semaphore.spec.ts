import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

  it('runs at most `max` tasks at once, the rest in arrival order, and frees a slot when a task fails', async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      peak = Math.max(peak, ++running);
      await tick();
      running--;
      order.push(i);
      if (i === 0) throw new Error('boom');
      return i;
    };
    const results = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => slots.run(task(i))));
    expect(peak).toBe(2);
    expect(results[0].status).toBe('rejected');
    expect(results.slice(1).map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(order.slice(2)).toEqual([2, 3, 4, 5, 6]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a size that would block forever', () => {
    expect(() => new Semaphore(0)).toThrow();
  });
});
