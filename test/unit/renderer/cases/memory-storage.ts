// An in-memory localStorage for the cases tests (Node has none): installed on globalThis, cleared per test.

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** Installs (once) and returns the global in-memory localStorage. */
export function memoryLocalStorage(): Storage {
  const holder = globalThis as { localStorage?: Storage };
  holder.localStorage ??= new MemoryStorage();
  return holder.localStorage;
}
