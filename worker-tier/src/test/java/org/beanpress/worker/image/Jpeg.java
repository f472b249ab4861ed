package org.beanpress.worker.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads the segment markers of a JPEG file's header, for assertions on what a variant
 * carries; writes test JPEGs.
 */
final class Jpeg {

	private Jpeg() {
	}

	/**
	 * Writes the image as a progressive JPEG, which decoders fill in over several passes.
	 */
	static Path writeProgressive(BufferedImage image, Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return file;
	}

	/**
	 * The marker codes (0xD8 for SOI, 0xE1 for APP1...) from the start up to the first
	 * scan.
	 */
	static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		markers.add(jpeg[1] & 0xFF);
		int at = 2;
		while (at + 3 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int code = jpeg[at + 1] & 0xFF;
			markers.add(code);
			if (code == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	/** The number of colour components declared by the frame header. */
	static int frameComponents(byte[] jpeg) {
		int at = 2;
		while (at + 9 < jpeg.length) {
			int code = jpeg[at + 1] & 0xFF;
			if (code >= 0xC0 && code <= 0xC2) {
				return jpeg[at + 9] & 0xFF;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		throw new AssertionError("No frame header");
	}

}
