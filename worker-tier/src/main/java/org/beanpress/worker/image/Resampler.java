package org.beanpress.worker.image;

import java.util.Arrays;

/**
 * Downscales with a Catmull-Rom (bicubic) kernel stretched by the scale factor, so that
 * every source pixel contributes (no aliasing at any ratio) while edges stay crisp. The
 * filter is separable: each output row is first filtered vertically from the source rows,
 * a loop over whole rows that the JIT vectorizes, then horizontally over that one row.
 * Weights are 14-bit fixed point.
 * <p>
 * Source rows are pushed one at a time, top to bottom, and only the few the vertical
 * filter still needs are kept (a ring of {@code taps} rows), so a decoder can feed rows
 * as it produces them and the full-size original never has to exist. Not thread-safe: one
 * instance per resize.
 */
final class Resampler {

	private static final int SHIFT = 14;

	private static final int ONE = 1 << SHIFT;

	private static final int HALF = 1 << (SHIFT - 1);

	/** Radius of the Catmull-Rom kernel at scale 1. */
	private static final double RADIUS = 2;

	private final int bands;

	private final int sourceRowLength;

	private final Weights vertical;

	private final Weights horizontal;

	/** Source row r is kept at slot r % taps. */
	private final byte[] ring;

	private final int[] sums;

	private final int[] row;

	private final Pixels target;

	private int pushed;

	private int done;

	/**
	 * @throws IllegalArgumentException if {@code width} by {@code height} is larger than
	 * the source either way
	 */
	Resampler(int sourceWidth, int sourceHeight, int bands, int width, int height) {
		if (width > sourceWidth || height > sourceHeight) {
			throw new IllegalArgumentException(
					"Upscaling " + sourceWidth + "x" + sourceHeight + " to " + width + "x" + height);
		}
		this.bands = bands;
		this.sourceRowLength = sourceWidth * bands;
		this.vertical = Weights.of(sourceHeight, height);
		this.horizontal = Weights.of(sourceWidth, width);
		this.ring = new byte[Math.multiplyExact(this.vertical.taps, this.sourceRowLength)];
		this.sums = new int[this.sourceRowLength];
		this.row = new int[this.sourceRowLength];
		this.target = Pixels.allocate(width, height, bands);
	}

	/**
	 * A copy scaled to {@code width} by {@code height}, each at most the source's (this
	 * never upscales).
	 */
	static Pixels resize(Pixels source, int width, int height) {
		if (width == source.width && height == source.height) {
			return source;
		}
		Resampler resampler = new Resampler(source.width, source.height, source.bands, width, height);
		int rowLength = source.width * source.bands;
		for (int offset = 0; offset < source.data.length; offset += rowLength) {
			resampler.push(source.data, offset);
		}
		return resampler.result();
	}

	/**
	 * Takes the next source row (its samples from {@code offset} on) and makes every
	 * output row it completes.
	 */
	void push(byte[] source, int offset) {
		// every decoded row and every row of a variant comes through here
		RenderStoppedException.check();
		int slot = this.pushed % this.vertical.taps;
		System.arraycopy(source, offset, this.ring, slot * this.sourceRowLength, this.sourceRowLength);
		this.pushed++;
		int height = this.target.height;
		while (this.done < height && lastRow(this.done) < this.pushed) {
			makeRow(this.done++);
		}
	}

	/** The resized image, once every source row has been pushed. */
	Pixels result() {
		if (this.done < this.target.height) {
			throw new IllegalStateException("Only " + this.pushed + " source rows were pushed");
		}
		return this.target;
	}

	private int lastRow(int y) {
		return this.vertical.start[y] + this.vertical.count[y] - 1;
	}

	private void makeRow(int y) {
		filterColumns(y);
		for (int i = 0; i < this.sourceRowLength; i++) {
			this.row[i] = clamp(this.sums[i] >> SHIFT);
		}
		int width = this.target.width;
		if (this.bands == 3) {
			filterRow3(this.row, this.horizontal, this.target.data, y * width * 3);
		}
		else {
			filterRow(this.row, this.bands, this.horizontal, this.target.data, y * width * this.bands);
		}
	}

	/**
	 * Sums the source rows under output row {@code y}, four rows per pass so that the
	 * running sums are loaded and stored a quarter as often.
	 */
	private void filterColumns(int y) {
		int[] sums = this.sums;
		byte[] in = this.ring;
		int rowLength = this.sourceRowLength;
		Weights vertical = this.vertical;
		Arrays.fill(sums, HALF);
		int taps = vertical.count[y];
		int weightsAt = y * vertical.taps;
		int first = vertical.start[y];
		int k = 0;
		for (; k + 3 < taps; k += 4) {
			int w0 = vertical.weights[weightsAt + k];
			int w1 = vertical.weights[weightsAt + k + 1];
			int w2 = vertical.weights[weightsAt + k + 2];
			int w3 = vertical.weights[weightsAt + k + 3];
			int r0 = ringOffset(first + k);
			int r1 = ringOffset(first + k + 1);
			int r2 = ringOffset(first + k + 2);
			int r3 = ringOffset(first + k + 3);
			for (int i = 0; i < rowLength; i++) {
				sums[i] += w0 * (in[r0 + i] & 0xFF) + w1 * (in[r1 + i] & 0xFF) + w2 * (in[r2 + i] & 0xFF)
						+ w3 * (in[r3 + i] & 0xFF);
			}
		}
		for (; k < taps; k++) {
			int w = vertical.weights[weightsAt + k];
			int r = ringOffset(first + k);
			for (int i = 0; i < rowLength; i++) {
				sums[i] += w * (in[r + i] & 0xFF);
			}
		}
	}

	private int ringOffset(int sourceRow) {
		return (sourceRow % this.vertical.taps) * this.sourceRowLength;
	}

	/** The horizontal pass for three bands, all of a pixel's bands in one loop. */
	private static void filterRow3(int[] row, Weights horizontal, byte[] out, int o) {
		int[] weights = horizontal.weights;
		for (int x = 0; x < horizontal.start.length; x++) {
			int i = horizontal.start[x] * 3;
			int at = x * horizontal.taps;
			int end = at + horizontal.count[x];
			int b0 = HALF;
			int b1 = HALF;
			int b2 = HALF;
			for (; at < end; at++, i += 3) {
				int w = weights[at];
				b0 += w * row[i];
				b1 += w * row[i + 1];
				b2 += w * row[i + 2];
			}
			out[o++] = (byte) clamp(b0 >> SHIFT);
			out[o++] = (byte) clamp(b1 >> SHIFT);
			out[o++] = (byte) clamp(b2 >> SHIFT);
		}
	}

	private static void filterRow(int[] row, int bands, Weights horizontal, byte[] out, int o) {
		for (int x = 0; x < horizontal.start.length; x++) {
			int first = horizontal.start[x] * bands;
			int at = x * horizontal.taps;
			int count = horizontal.count[x];
			for (int c = 0; c < bands; c++) {
				int sum = HALF;
				for (int k = 0, i = first + c; k < count; k++, i += bands) {
					sum += horizontal.weights[at + k] * row[i];
				}
				out[o++] = (byte) clamp(sum >> SHIFT);
			}
		}
	}

	private static int clamp(int value) {
		return (value < 0) ? 0 : Math.min(value, 255);
	}

	/**
	 * Catmull-Rom: the cubic with B = 0, C = 0.5, interpolating and slightly sharpening.
	 */
	private static double kernel(double x) {
		double t = Math.abs(x);
		if (t < 1) {
			return (1.5 * t - 2.5) * t * t + 1;
		}
		if (t < 2) {
			return ((-0.5 * t + 2.5) * t - 4) * t + 2;
		}
		return 0;
	}

	/**
	 * For each output position along one axis: the first source index, the number of
	 * source pixels used and their weights (at most {@code taps} of them). Pixels past an
	 * edge are left out and the rest renormalized, so edges keep their colour.
	 */
	private record Weights(int taps, int[] start, int[] count, int[] weights) {

		static Weights of(int sourceLength, int targetLength) {
			if (sourceLength == targetLength) {
				int[] identity = new int[targetLength];
				Arrays.setAll(identity, (i) -> i);
				int[] ones = new int[targetLength];
				Arrays.fill(ones, 1);
				int[] full = new int[targetLength];
				Arrays.fill(full, ONE);
				return new Weights(1, identity, ones, full);
			}
			double scale = (double) targetLength / sourceLength;
			double support = RADIUS / scale;
			int taps = (int) Math.ceil(2 * support) + 1;
			int[] start = new int[targetLength];
			int[] count = new int[targetLength];
			int[] weights = new int[targetLength * taps];
			double[] exact = new double[taps];
			for (int x = 0; x < targetLength; x++) {
				double centre = (x + 0.5) / scale - 0.5;
				int first = Math.max(0, (int) Math.ceil(centre - support));
				int last = Math.min(sourceLength - 1, (int) Math.floor(centre + support));
				int n = Math.min(taps, last - first + 1);
				double total = 0;
				for (int k = 0; k < n; k++) {
					exact[k] = kernel((first + k - centre) * scale);
					total += exact[k];
				}
				int sum = 0;
				int peak = 0;
				for (int k = 0; k < n; k++) {
					int w = (int) Math.round(exact[k] / total * ONE);
					weights[x * taps + k] = w;
					sum += w;
					if (w > weights[x * taps + peak]) {
						peak = k;
					}
				}
				// rounding must not brighten or darken: the weights add up to exactly one
				weights[x * taps + peak] += ONE - sum;
				start[x] = first;
				count[x] = n;
			}
			return new Weights(taps, start, count, weights);
		}

	}

}
