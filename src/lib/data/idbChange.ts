/** A conditional read-modify-write of one IndexedDB key (idb-keyval's `update` always writes). */
import type { UseStore } from 'idb-keyval';

/**
 * Read `key` and write what `fn` makes of it, in one transaction: two tabs changing the same key
 * at once are serialised by IndexedDB, so neither overwrites what the other just wrote unseen.
 * `undefined` from `fn` writes nothing. Resolves when the transaction has completed.
 */
export function change<T>(store: UseStore, key: string, fn: (old: unknown) => T | undefined) {
	return store('readwrite', (s) => {
		return new Promise<void>((resolve, reject) => {
			const req = s.get(key);
			req.onsuccess = () => {
				try {
					const next = fn(req.result);
					if (next !== undefined) s.put(next, key);
					s.transaction.oncomplete = () => resolve();
					s.transaction.onerror = () => reject(s.transaction.error);
					s.transaction.onabort = () => reject(s.transaction.error);
				} catch (error) {
					reject(error);
				}
			};
			req.onerror = () => reject(req.error);
		});
	});
}
