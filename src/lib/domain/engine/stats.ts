/**
 * The statistics the engine needs: an ordinary least-squares slope with its standard error, and
 * the standard normal distribution function Φ (absolute error below 3e-16 everywhere).
 */

/** An OLS fit of y on x. */
export interface OlsFit {
	/** Number of points used. */
	n: number;
	/** The slope; NaN when there are fewer than two points or all x are equal. */
	slope: number;
	/** Standard error of the slope, `√(SSR/(n−2) / Sxx)`; null when `n < 3` or the slope is NaN. */
	se: number | null;
}

/**
 * OLS slope of `ys` on `xs` over their first `n` entries (two passes over centred values, so
 * years around 2020 lose no precision). Takes array-likes and a count so callers can reuse one
 * scratch buffer instead of copying.
 */
export function olsSlope(
	xs: ArrayLike<number>,
	ys: ArrayLike<number>,
	n: number = xs.length
): OlsFit {
	if (n < 2) return { n, slope: NaN, se: null };
	let meanX = 0;
	let meanY = 0;
	for (let i = 0; i < n; i++) {
		meanX += xs[i]!;
		meanY += ys[i]!;
	}
	meanX /= n;
	meanY /= n;
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - meanX;
		const dy = ys[i]! - meanY;
		sxx += dx * dx;
		sxy += dx * dy;
		syy += dy * dy;
	}
	if (sxx === 0) return { n, slope: NaN, se: null };
	const slope = sxy / sxx;
	if (n < 3) return { n, slope, se: null };
	// The residual sum of squares; rounding can push a perfect fit a hair below zero.
	const ssr = Math.max(0, syy - slope * sxy);
	return { n, slope, se: Math.sqrt(ssr / (n - 2) / sxx) };
}

/**
 * `x^y` for `x ≥ 0`, `y > 0`, as `e^(y·ln x)`: about three times faster than `Math.pow` in V8
 * (which matters on the slider's hot path), with a relative error of about `|y·ln x|·1e-16`.
 */
export function powPositive(x: number, y: number): number {
	return Math.exp(y * Math.log(x));
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Beyond this |x| the tail `Φ(−|x|)` is below half an ulp of 1, so `Φ(|x|)` is exactly 1. */
const TAIL_NEGLIGIBLE = 8.3;

/**
 * The standard normal distribution function Φ(x), absolute error below 3e-16 everywhere.
 *
 * For |x| < 5√2 this is Hart's rational approximation (Hart et al. 1968, algorithm 5666, in the
 * form given by G. West, "Better approximations to cumulative normal functions", 2005); further
 * out, the continued fraction of Mills' ratio,
 * `1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …))))`, evaluated from 8 terms backwards.
 * The tail `Φ(−|x|)` is computed directly, never as `1 − Φ(|x|)`; its relative error is below
 * 3e-13 for |x| < 4, 6e-10 for |x| < 6, 3e-9 up to 5√2, 5e-11 beyond and 2e-13 from |x| = 10
 * on (until the result is subnormal, below 1e-308). Checked against mpmath at 40 digits on a 0.001 grid over ±38.
 * One `exp` and two short polynomials: this is on the slider's hot path, many calls per frame.
 */
export function normalCdf(x: number): number {
	const a = Math.abs(x);
	if (x > TAIL_NEGLIGIBLE) return 1;
	let tail: number;
	if (a < 7.07106781186547) {
		const e = Math.exp(-0.5 * a * a);
		let num = 3.52624965998911e-2 * a + 0.700383064443688;
		num = num * a + 6.37396220353165;
		num = num * a + 33.912866078383;
		num = num * a + 112.079291497871;
		num = num * a + 221.213596169931;
		num = num * a + 220.206867912376;
		let den = 8.83883476483184e-2 * a + 1.75566716318264;
		den = den * a + 16.064177579207;
		den = den * a + 86.7807322029461;
		den = den * a + 296.564248779674;
		den = den * a + 637.333633378831;
		den = den * a + 793.826512519948;
		den = den * a + 440.413735824752;
		tail = (e * num) / den;
	} else if (a < Infinity) {
		let cf = a;
		for (let k = 8; k >= 1; k--) cf = a + k / cf;
		tail = Math.exp(-0.5 * a * a) / (cf * SQRT_2PI);
	} else {
		tail = a === Infinity ? 0 : NaN;
	}
	return x > 0 ? 1 - tail : tail;
}

/** The complementary error function, `erfc(x) = 2·Φ(−x·√2)`, with Φ's precision. */
export function erfc(x: number): number {
	return 2 * normalCdf(-x * Math.SQRT2);
}
