/**
 * The few extension APIs end-to-end tests call inside `page.evaluate` / `worker.evaluate` (they run in the
 * browser, not in Node). Loose on purpose: the tests assert on what comes back.
 */
type Json = unknown;
declare const chrome: {
  runtime: {
    sendMessage(message: Json): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    getURL(path: string): string;
    id: string;
    onMessage: { addListener(fn: (message: any) => void): void }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    sendMessage(tabId: number, message: Json): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    update(tabId: number, props: object): Promise<unknown>;
  };
  storage: { local: { get(keys?: string | string[] | null): Promise<Record<string, any>>; set(items: object): Promise<void> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  permissions: { contains(p: object): Promise<boolean>; getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
};
