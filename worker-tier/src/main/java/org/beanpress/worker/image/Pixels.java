package org.beanpress.worker.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * An 8-bit interleaved raster: 3 bands in B, G, R order, or 4 bands in A, B, G, R order
 * with the colours premultiplied by alpha, so that resampling never bleeds the colour of
 * transparent pixels into visible ones. The layouts are those of
 * {@link BufferedImage#TYPE_3BYTE_BGR} and {@link BufferedImage#TYPE_4BYTE_ABGR}, so
 * decoded images are usually taken over without a copy.
 */
final class Pixels {

	private static final int[] BGR = { 2, 1, 0 };

	private static final int[] ABGR = { 3, 2, 1, 0 };

	final int width;

	final int height;

	final int bands;

	final byte[] data;

	Pixels(int width, int height, int bands, byte[] data) {
		this.width = width;
		this.height = height;
		this.bands = bands;
		this.data = data;
	}

	static Pixels allocate(int width, int height, int bands) {
		return new Pixels(width, height, bands, new byte[Math.multiplyExact(width * bands, height)]);
	}

	boolean hasAlpha() {
		return this.bands == 4;
	}

	/**
	 * Takes over a decoded image, converting it to sRGB BGR or ABGR first when its layout
	 * differs.
	 */
	static Pixels of(BufferedImage image) {
		boolean alpha = image.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR;
		BufferedImage standard = (image.getType() == type && isPacked(image.getRaster())) ? image
				: convert(image, type);
		byte[] data = ((DataBufferByte) standard.getRaster().getDataBuffer()).getData();
		Pixels pixels = new Pixels(image.getWidth(), image.getHeight(), alpha ? 4 : 3, data);
		if (alpha) {
			premultiply(data, 0, data.length);
		}
		return pixels;
	}

	private static boolean isPacked(WritableRaster raster) {
		return raster.getSampleModel() instanceof ComponentSampleModel model && raster.getParent() == null
				&& raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0
				&& model.getPixelStride() == model.getNumBands()
				&& model.getScanlineStride() == raster.getWidth() * model.getNumBands();
	}

	/**
	 * Java2D draws any standard layout or sRGB custom image correctly and fast; an image
	 * in another colour space (an embedded ICC profile) goes through the colour
	 * management module instead, which is exact where drawing it pixel by pixel would be
	 * slow.
	 */
	private static BufferedImage convert(BufferedImage image, int type) {
		BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
		ColorSpace space = image.getColorModel().getColorSpace();
		if (image.getType() == BufferedImage.TYPE_CUSTOM && !space.isCS_sRGB()
				&& space.getType() != ColorSpace.TYPE_GRAY) {
			return new ColorConvertOp(null).filter(image, converted);
		}
		Graphics2D graphics = converted.createGraphics();
		try {
			graphics.setComposite(AlphaComposite.Src);
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return converted;
	}

	/** The pixels as an image for an ImageIO writer, alpha no longer premultiplied. */
	BufferedImage toImage() {
		byte[] straight = hasAlpha() ? unpremultiplied() : this.data;
		WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(straight, straight.length),
				this.width, this.height, this.width * this.bands, this.bands, hasAlpha() ? ABGR : BGR, null);
		ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), hasAlpha(),
				false, hasAlpha() ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
		return new BufferedImage(model, raster, false, null);
	}

	/**
	 * The centre {@code cropWidth} by {@code cropHeight}, or these pixels when that is
	 * all of them.
	 */
	Pixels centreCrop(int cropWidth, int cropHeight) {
		if (cropWidth == this.width && cropHeight == this.height) {
			return this;
		}
		Pixels crop = allocate(cropWidth, cropHeight, this.bands);
		int left = (this.width - cropWidth) / 2;
		int top = (this.height - cropHeight) / 2;
		int rowLength = cropWidth * this.bands;
		for (int y = 0; y < cropHeight; y++) {
			int from = ((top + y) * this.width + left) * this.bands;
			System.arraycopy(this.data, from, crop.data, y * rowLength, rowLength);
		}
		return crop;
	}

	/**
	 * Multiplies the colours of the ABGR samples from {@code from} to {@code to} by their
	 * alpha, in place.
	 */
	static void premultiply(byte[] d, int from, int to) {
		for (int i = from; i < to; i += 4) {
			int a = d[i] & 0xFF;
			if (a != 255) {
				d[i + 1] = (byte) (((d[i + 1] & 0xFF) * a + 127) / 255);
				d[i + 2] = (byte) (((d[i + 2] & 0xFF) * a + 127) / 255);
				d[i + 3] = (byte) (((d[i + 3] & 0xFF) * a + 127) / 255);
			}
		}
	}

	/**
	 * Resampling can overshoot a colour past its alpha; the result is clamped back into
	 * range.
	 */
	private byte[] unpremultiplied() {
		byte[] d = this.data.clone();
		for (int i = 0; i < d.length; i += 4) {
			int a = d[i] & 0xFF;
			if (a != 255) {
				for (int c = i + 1; c < i + 4; c++) {
					d[c] = (byte) ((a == 0) ? 0 : Math.min(255, ((d[c] & 0xFF) * 255 + a / 2) / a));
				}
			}
		}
		return d;
	}

}
