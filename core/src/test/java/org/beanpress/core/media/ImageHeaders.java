package org.beanpress.core.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Tiny byte-by-byte builders of image headers, for the probe tests. */
final class ImageHeaders {

	private ImageHeaders() {
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	// ------------------------------------------------------------------ PNG

	/**
	 * A PNG signature and IHDR chunk (8-bit RGB), with a correct CRC, and an IEND chunk.
	 */
	static byte[] png(long width, long height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt((int) width)
			.putInt((int) height)
			.put((byte) 8)
			.put((byte) 2)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(pngChunk("IHDR", ihdr.array()));
		out.writeBytes(pngChunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	static byte[] pngChunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(ascii(type))
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	// ------------------------------------------------------------------ WebP

	/**
	 * RIFF....WEBP with one chunk, sizes filled in as the container format wants them.
	 */
	static byte[] webp(String fourcc, byte[] payload) {
		int padding = payload.length & 1;
		return ByteBuffer.allocate(20 + payload.length + padding)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put(ascii("RIFF"))
			.putInt(4 + 8 + payload.length + padding)
			.put(ascii("WEBP"))
			.put(ascii(fourcc))
			.putInt(payload.length)
			.put(payload)
			.array();
	}

	/**
	 * A lossy key frame header: frame tag, start code 9d 01 2a, 14-bit sizes (and 2 scale
	 * bits set, to be ignored).
	 */
	static byte[] webpLossy(int width, int height) {
		// key frame, version 0, shown, first partition size
		int frameTag = 0x10 | (1234 << 5);
		return webp("VP8 ",
				ByteBuffer.allocate(10)
					.order(ByteOrder.LITTLE_ENDIAN)
					.put((byte) frameTag)
					.put((byte) (frameTag >> 8))
					.put((byte) (frameTag >> 16))
					.put((byte) 0x9d)
					.put((byte) 0x01)
					.put((byte) 0x2a)
					.putShort((short) (width | 0x4000))
					.putShort((short) (height | 0xC000))
					.array());
	}

	/**
	 * A lossless header: signature 0x2f, then width-1 and height-1 on 14 bits each, alpha
	 * bit, version 0.
	 */
	static byte[] webpLossless(int width, int height) {
		int bits = (width - 1) | ((height - 1) << 14) | (1 << 28);
		return webp("VP8L",
				ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2f).putInt(bits).array());
	}

	/**
	 * An extended header: flags, 3 reserved bytes, canvas width-1 and height-1 on 24 bits
	 * each.
	 */
	static byte[] webpExtended(int width, int height) {
		byte[] data = new byte[10];
		data[0] = 0x10; // alpha
		put24(data, 4, width - 1);
		put24(data, 7, height - 1);
		return webp("VP8X", data);
	}

	private static void put24(byte[] data, int offset, int value) {
		data[offset] = (byte) value;
		data[offset + 1] = (byte) (value >> 8);
		data[offset + 2] = (byte) (value >> 16);
	}

	// ------------------------------------------------------------------ JPEG

	/** Writes a JPEG marker stream segment by segment. */
	static final class JpegBuilder {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		JpegBuilder() {
			raw(0xFF, 0xD8);
		}

		JpegBuilder raw(int... bytes) {
			for (int b : bytes) {
				this.out.write(b);
			}
			return this;
		}

		JpegBuilder segment(int marker, byte[] content) {
			raw(0xFF, marker, (content.length + 2) >> 8, (content.length + 2) & 0xFF);
			this.out.writeBytes(content);
			return this;
		}

		JpegBuilder jfif() {
			return segment(0xE0, new byte[] { 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 });
		}

		/** A baseline frame header with three components. */
		JpegBuilder frame(int width, int height) {
			return frame(0xC0, width, height);
		}

		JpegBuilder frame(int marker, int width, int height) {
			return segment(marker, new byte[] { 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
					(byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 });
		}

		/** An APP1 EXIF segment whose IFD0 holds only the orientation tag. */
		JpegBuilder exif(ByteOrder order, int orientation) {
			return exif(order, 8, orientation);
		}

		/**
		 * An APP1 EXIF segment with IFD0 written at offset 8 but announced at
		 * {@code ifdOffset}.
		 */
		JpegBuilder exif(ByteOrder order, long ifdOffset, int orientation) {
			ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
			tiff.put(ascii(order == ByteOrder.LITTLE_ENDIAN ? "II" : "MM"))
				.putShort((short) 42)
				.putInt((int) ifdOffset);
			tiff.putShort((short) 1);
			tiff.putShort((short) 0x0112)
				.putShort((short) 3)
				.putInt(1)
				.putShort((short) orientation)
				.putShort((short) 0);
			tiff.putInt(0);
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			content.writeBytes(ascii("Exif\0\0"));
			content.writeBytes(tiff.array());
			return segment(0xE1, content.toByteArray());
		}

		/** A start of scan, a few bytes of entropy-coded data and the end of image. */
		JpegBuilder scanAndEnd() {
			segment(0xDA, new byte[] { 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0 });
			return raw(0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9);
		}

		byte[] bytes() {
			return this.out.toByteArray();
		}

	}

}
