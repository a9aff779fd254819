import type { StorageLike } from "./storage";

/**
 * A small in-memory Storage: a shared device's draft (./page-memory.ts), and tests. `quota` (characters) makes setItem throw the way a full
 * browser store does; `broken` makes every call throw, like storage the browser has blocked.
 */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  constructor(private readonly options: { quota?: number; broken?: boolean } = {}) {}

  private guard(): void {
    if (this.options.broken) throw Object.assign(new Error("The operation is insecure."), { name: "SecurityError" });
  }

  get length(): number {
    this.guard();
    return this.items.size;
  }

  key(index: number): string | null {
    this.guard();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    const used = [...this.items].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
    if (this.options.quota !== undefined && used + key.length + value.length > this.options.quota) {
      throw Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
    }
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.guard();
    this.items.delete(key);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }
}
