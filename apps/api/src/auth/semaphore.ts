/**
 * Lets at most `max` tasks run at once; the others wait in arrival order. Used to bound CPU-heavy work (argon2)
 * so a flood queues instead of starving every other request of CPU.
 */
export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new Error(`Semaphore size must be a positive integer: ${max}`);
  }

  /** Tasks running or waiting right now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.max) this.running++;
    // A finishing task hands its slot straight to the first waiter, so `running` never exceeds `max`.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
