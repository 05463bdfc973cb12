/**
 * zrender 6.1.0 (under ECharts) keeps its caches — text widths, colours, images — in an LRU whose
 * index is a plain `{}` keyed by the text. A text that is exactly `__proto__` (a region or
 * indicator name from a file, a link or a pasted plan) then reads `Object.prototype` as a cache
 * entry and writes `prev` / `next` onto it, after which every schema in the page misbehaves.
 * Here every such cache gets a null-prototype index before it is used, so that no name can
 * reach a built-in. Written against the pinned zrender (the LRU's `_map`); a test renders hostile
 * names and checks that `Object.prototype` is unchanged.
 */
import LRU from 'zrender/lib/core/LRU.js';

interface Indexed {
	_map: Record<string, unknown>;
}

const proto = LRU.prototype as unknown as {
	get(this: Indexed, key: string): unknown;
	put(this: Indexed, key: string, value: unknown): unknown;
	clear(this: Indexed): void;
};

function nullPrototype(cache: Indexed): void {
	if (Object.getPrototypeOf(cache._map) !== null)
		cache._map = Object.assign(Object.create(null) as Record<string, unknown>, cache._map);
}

const { get, put, clear } = proto;
proto.get = function (key) {
	nullPrototype(this);
	return get.call(this, key);
};
proto.put = function (key, value) {
	nullPrototype(this);
	return put.call(this, key, value);
};
proto.clear = function () {
	clear.call(this);
	nullPrototype(this);
};
