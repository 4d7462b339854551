// A batch of reads (POST /api/batch) asks for the same rows more than once: a hire's page has five
// services each look up the hire, and progress reads the plan and the assessments the page's other
// calls read a moment before. Each of these reads is made once in the batch's transaction and every
// caller gets its own copy of the answer: the batch's calls answer as if run one after another at
// the moment of that first read, as a page's calls sent alone at once would (a page shows one moment).

type Methods = Record<string, unknown>;

/** What one batch remembers, shared by its repositories: any other method called forgets it all. */
export class RememberedReads {
  private readonly answers = new Map<string, Promise<unknown>>();

  /** `repository` with `reads` remembered by their arguments; every other method forgets. */
  wrap<R extends object>(area: string, repository: R, reads: readonly (keyof R & string)[]): R {
    const remembered = new Set<string>(reads);
    const wrapped: Methods = {};
    for (const [name, member] of Object.entries(repository as Methods)) {
      if (typeof member !== 'function') {
        wrapped[name] = member;
        continue;
      }
      const method = member as (...args: unknown[]) => unknown;
      wrapped[name] = remembered.has(name)
        ? (...args: unknown[]) => this.read(`${area}.${name}:${JSON.stringify(args)}`, () => method(...args))
        : (...args: unknown[]) => {
            this.answers.clear();
            return method(...args);
          };
    }
    return wrapped as R;
  }

  private async read(key: string, load: () => unknown): Promise<unknown> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = Promise.resolve(load());
      this.answers.set(key, answer);
      // A failed read is not remembered: the next caller asks again.
      answer.catch(() => this.answers.delete(key));
    }
    // A copy each: a service may sort or add to what it was given.
    return structuredClone(await answer);
  }
}
