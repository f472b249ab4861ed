package org.beanpress.worker.image;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * The samples of a decoder's destination image, of which only the row being written
 * exists: when the decoder moves on to the next row, the finished one goes to a
 * {@link Resampler} and its memory is reused. A 24 MP original then costs one row of
 * memory instead of 72 MB.
 * <p>
 * This works for decoders that write each row once, top to bottom, which the header tells
 * ({@link DecodePath#ROWS}). A decoder that steps back to a row already handed on, reads
 * one, skips one or stops early (a file whose data ends before its last row) is stopped
 * at once with {@link OutOfOrderException}, and the image is refused as corrupt.
 */
final class DecodedRows extends DataBuffer {

	private static final int[] BGR = { 2, 1, 0 };

	private static final int[] ABGR = { 3, 2, 1, 0 };

	private final int width;

	private final int height;

	private final int bands;

	private final int rowLength;

	/** Where each band (R, G, B and A, the colour model's order) sits within a pixel. */
	private final int[] bandOffsets;

	private final byte[] row;

	private final Resampler resampler;

	private int current = -1;

	/** Index of the current row's first sample in the whole image. */
	private int rowStart;

	/**
	 * @param width the decoded width (after subsampling)
	 * @param height the decoded height
	 * @param alpha whether the image has transparency (4 bands, A B G R, else 3: B G R)
	 * @param resampler where finished rows go, set up for a {@code width} by
	 * {@code height} source
	 */
	DecodedRows(int width, int height, boolean alpha, Resampler resampler) {
		super(TYPE_BYTE, Math.multiplyExact(Math.multiplyExact(width, height), alpha ? 4 : 3));
		this.width = width;
		this.height = height;
		this.bands = alpha ? 4 : 3;
		this.rowLength = width * this.bands;
		this.bandOffsets = alpha ? ABGR : BGR;
		this.row = new byte[this.rowLength];
		this.resampler = resampler;
		this.rowStart = -this.rowLength;
	}

	/**
	 * An sRGB image over these samples, in the layout of
	 * {@link BufferedImage#TYPE_3BYTE_BGR} or {@code _4BYTE_ABGR}.
	 */
	BufferedImage image() {
		boolean alpha = this.bands == 4;
		var layout = new PixelInterleavedSampleModel(TYPE_BYTE, this.width, this.height, this.bands, this.rowLength,
				this.bandOffsets);
		var colours = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), alpha, false,
				alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, TYPE_BYTE);
		return new BufferedImage(colours, new RowRaster(layout), false, null);
	}

	@Override
	public int getElem(int bank, int i) {
		int offset = i - this.rowStart;
		if (offset < 0 || offset >= this.rowLength) {
			throw new OutOfOrderException();
		}
		return this.row[offset] & 0xFF;
	}

	@Override
	public void setElem(int bank, int i, int val) {
		int offset = i - this.rowStart;
		if (offset < 0 || offset >= this.rowLength) {
			offset = nextRow(i);
		}
		this.row[offset] = (byte) val;
	}

	/**
	 * Hands on the last row and returns the resized image; throws if the decoder did not
	 * write every row.
	 */
	Pixels finish() {
		if (this.current != this.height - 1) {
			throw new OutOfOrderException();
		}
		handOn();
		return this.resampler.result();
	}

	private int nextRow(int i) {
		moveTo(i / this.rowLength);
		return i - this.rowStart;
	}

	/** Makes {@code y} the current row, handing on the one before. */
	private void moveTo(int y) {
		if (y == this.current) {
			return;
		}
		if (y != this.current + 1) {
			throw new OutOfOrderException();
		}
		if (this.current >= 0) {
			handOn();
		}
		this.current = y;
		this.rowStart = y * this.rowLength;
		// a fresh image is all zeros, and a decoder may leave parts of a row unwritten
		Arrays.fill(this.row, (byte) 0);
	}

	/**
	 * Copies a whole row of interleaved bytes straight in, whatever their band order;
	 * false for any other source, which then goes sample by sample.
	 */
	private boolean copyRow(int dx, int dy, Raster source) {
		if (dx != 0 || source.getMinX() != 0 || source.getWidth() != this.width || source.getHeight() != 1
				|| source.getNumBands() != this.bands
				|| !(source.getSampleModel() instanceof PixelInterleavedSampleModel layout)
				|| !(source.getDataBuffer() instanceof DataBufferByte buffer)) {
			return false;
		}
		moveTo(dy + source.getMinY());
		byte[] from = buffer.getData();
		int[] fromBands = layout.getBandOffsets();
		int stride = layout.getPixelStride();
		int at = buffer.getOffset()
				+ layout.getOffset(-source.getSampleModelTranslateX(), -source.getSampleModelTranslateY());
		for (int to = 0; to < this.rowLength; to += this.bands, at += stride) {
			for (int band = 0; band < this.bands; band++) {
				this.row[to + this.bandOffsets[band]] = from[at + fromBands[band]];
			}
		}
		return true;
	}

	private void handOn() {
		if (this.bands == 4) {
			Pixels.premultiply(this.row, 0, this.rowLength);
		}
		this.resampler.push(this.row, 0);
	}

	/**
	 * One pixel's samples, in the colour model's band order (R, G, B, A), straight into
	 * the row.
	 */
	private void putPixel(int x, int y, int[] samples) {
		if (x < 0 || x >= this.width) {
			throw new ArrayIndexOutOfBoundsException("x = " + x + " is outside the image");
		}
		moveTo(y);
		int at = x * this.bands;
		for (int band = 0; band < this.bands; band++) {
			this.row[at + this.bandOffsets[band]] = (byte) samples[band];
		}
	}

	/**
	 * The image's raster. The JDK's JPEG reader copies each decoded row in with
	 * {@code setRect}, which a raster over a custom buffer does through a new int array
	 * per row (130 MB of garbage for a 12 MP photo); this one copies the bytes. Its PNG
	 * reader sets pixel by pixel, which here skips the sample model's indirection.
	 */
	private final class RowRaster extends WritableRaster {

		RowRaster(SampleModel layout) {
			super(layout, DecodedRows.this, new Point());
		}

		@Override
		public void setRect(int dx, int dy, Raster source) {
			if (!copyRow(dx, dy, source)) {
				super.setRect(dx, dy, source);
			}
		}

		@Override
		public void setPixel(int x, int y, int[] samples) {
			putPixel(x, y, samples);
		}

	}

	/**
	 * The decoder went back to a row already handed on, skipped one, or stopped early.
	 */
	static final class OutOfOrderException extends RuntimeException {

		OutOfOrderException() {
			// thrown once per image to end a decode; the stack trace would say nothing
			super("rows out of order", null, false, false);
		}

	}

}
