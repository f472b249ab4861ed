package org.beanpress.core.media;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Finds the real type, the pixel dimensions and the EXIF orientation of an image by
 * reading its header only: no pixel is decoded and the file is never read whole (segments
 * are skipped by seeking). A normal file costs a few KB of I/O whatever its size.
 * <p>
 * The type comes from the magic bytes only, never from a file name or a client's
 * Content-Type. The EXIF orientation is read from the first APP1 "Exif" segment before
 * the JPEG frame header (where EXIF puts it); it is 1 when absent or unreadable, and
 * always 1 for PNG, GIF and WebP. Hostile input cannot make it hang: the number of JPEG
 * segments walked and the bytes scanned between them are bounded, and every step moves
 * forward.
 * <p>
 * Thread-safe and stateless; pure JDK.
 */
public final class ImageProbe {

	/** The message for anything that is not one of the supported formats. */
	static final String NOT_AN_IMAGE = "The file is not a JPEG, PNG, GIF or WebP image";

	/** Most JPEG segments walked before the frame header (cameras write a few dozen). */
	static final int MAX_JPEG_SEGMENTS = 1024;

	/**
	 * Most stray and fill bytes tolerated between JPEG segments, in all (libjpeg skips
	 * them too).
	 */
	static final int MAX_JPEG_STRAY_BYTES = 65536;

	/** Most IFD0 entries looked at for the EXIF orientation. */
	private static final int MAX_IFD_ENTRIES = 512;

	private static final int EXIF_ORIENTATION_TAG = 0x0112;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final int SNIFF_LENGTH = 16;

	private ImageProbe() {
	}

	/**
	 * Reads the header of an image file.
	 * @param file a regular file
	 * @return the type, stored dimensions and orientation of the image
	 * @throws UnsupportedImageException if the file is not a JPEG, PNG, GIF or WebP image
	 * @throws MalformedImageException if the file has the magic bytes of one of them but
	 * its header is truncated, inconsistent or declares impossible dimensions
	 * @throws IOException if the file cannot be opened or read
	 */
	public static ImageInfo probe(Path file) throws IOException {
		return probe(file, null);
	}

	/**
	 * Same as {@link #probe(Path)}, counting the bytes actually read into
	 * {@code counter}.
	 */
	static ImageInfo probe(Path file, ReadCounter counter) throws IOException {
		Objects.requireNonNull(file, "file must not be null");
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			Source source = new Source(channel, counter);
			ImageType type = sniff(source);
			return switch (type) {
				case JPEG -> probeJpeg(source);
				case PNG -> probePng(source);
				case GIF -> probeGif(source);
				case WEBP -> probeWebp(source);
			};
		}
	}

	// ------------------------------------------------------------------ magic bytes

	private static ImageType sniff(Source source) throws IOException {
		if (source.size == 0) {
			throw new UnsupportedImageException("The file is empty: it is not a JPEG, PNG, GIF or WebP image");
		}
		byte[] head = source.readUpTo(0, SNIFF_LENGTH);
		int n = head.length;
		if (n >= 3 && u8(head, 0) == 0xFF && u8(head, 1) == 0xD8 && u8(head, 2) == 0xFF) {
			return ImageType.JPEG;
		}
		if (startsWith(head, PNG_SIGNATURE)) {
			return ImageType.PNG;
		}
		if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
			return ImageType.GIF;
		}
		if (n >= 12 && startsWith(head, ascii("RIFF")) && regionMatches(head, 8, ascii("WEBP"))) {
			return ImageType.WEBP;
		}
		throw new UnsupportedImageException(describeUnsupported(head));
	}

	/**
	 * A message naming what the file seems to be, when that is easy to tell, so that a
	 * person can act on it.
	 */
	private static String describeUnsupported(byte[] head) {
		String other = null;
		if (startsWith(head, ascii("BM"))) {
			other = "a BMP image";
		}
		else if (startsWith(head, new byte[] { 'I', 'I', 42, 0 }) || startsWith(head, new byte[] { 'M', 'M', 0, 42 })) {
			other = "a TIFF image";
		}
		else if (regionMatches(head, 4, ascii("ftyp"))) {
			other = "an HEIC, AVIF or other ISO media file";
		}
		else if (startsWith(head, ascii("%PDF"))) {
			other = "a PDF document";
		}
		else if (startsWith(head, ascii("PK"))) {
			other = "a ZIP archive or office document";
		}
		else if (startsWith(head, ascii("RIFF"))) {
			other = "a RIFF file (audio or video) that is not WebP";
		}
		else if (looksLikeMarkup(head)) {
			other = "a text, HTML, XML or SVG document";
		}
		String convert = "; please upload a JPEG, PNG, GIF or WebP image";
		return (other != null) ? "The file is " + other + ", not a JPEG, PNG, GIF or WebP image" + convert
				: NOT_AN_IMAGE + convert;
	}

	private static boolean looksLikeMarkup(byte[] head) {
		int i = 0;
		if (startsWith(head, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
			i = 3;
		}
		while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
			i++;
		}
		return i < head.length && head[i] == '<';
	}

	// ------------------------------------------------------------------ JPEG

	private static ImageInfo probeJpeg(Source source) throws IOException {
		long size = source.size;
		long pos = 2; // after SOI
		int orientation = 0;
		int stray = 0;
		for (int segments = 0; segments < MAX_JPEG_SEGMENTS; segments++) {
			// Find the next marker: 0xFF, optional 0xFF fill bytes, then the marker code.
			// Stray bytes before a marker are skipped like libjpeg does, within a bound.
			while (source.u8(pos, "The JPEG header is truncated before its frame size") != 0xFF) {
				pos++;
				if (++stray > MAX_JPEG_STRAY_BYTES) {
					throw new MalformedImageException(
							"The JPEG header is corrupt: its segments are followed by data that is not a marker");
				}
			}
			int code;
			do {
				pos++;
				code = source.u8(pos, "The JPEG header is truncated before its frame size");
				if (code == 0xFF && ++stray > MAX_JPEG_STRAY_BYTES) {
					throw new MalformedImageException(
							"The JPEG header is corrupt: too many fill bytes between segments");
				}
			}
			while (code == 0xFF);
			pos++; // now just after the marker code
			if (code == 0x00) {
				// a stuffed zero: not a marker, keep scanning
				// (counted as a segment, so bounded)
				continue;
			}
			if (code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
				continue; // standalone markers: TEM, RSTn
			}
			if (code == 0xD8) {
				throw new MalformedImageException("The JPEG header is corrupt: it starts twice");
			}
			if (code == 0xD9) {
				throw new MalformedImageException("The JPEG file ends before its frame size");
			}
			if (code == 0xDA) {
				throw new MalformedImageException("The JPEG file has image data before its frame size");
			}
			int length = source.u16be(pos, "The JPEG header is truncated before its frame size");
			if (length < 2) {
				throw new MalformedImageException("The JPEG header is corrupt: a segment has an impossible length");
			}
			long contentStart = pos + 2;
			long end = pos + length;
			if (end > size) {
				throw new MalformedImageException(
						"The JPEG header is truncated: a segment runs past the end of the file");
			}
			if (isStartOfFrame(code)) {
				return readJpegFrame(source, contentStart, length - 2, orientation, isProgressiveFrame(code));
			}
			if (code == 0xE1 && orientation == 0) {
				orientation = readExifOrientation(source, contentStart, length - 2);
			}
			pos = end;
		}
		throw new MalformedImageException("The JPEG header has too many segments before its frame size");
	}

	/** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range. */
	private static boolean isStartOfFrame(int code) {
		return code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
	}

	/**
	 * SOF2, SOF6, SOF10 and SOF14: progressive DCT, Huffman or arithmetic coded,
	 * sequential or differential.
	 */
	private static boolean isProgressiveFrame(int code) {
		return code == 0xC2 || code == 0xC6 || code == 0xCA || code == 0xCE;
	}

	private static ImageInfo readJpegFrame(Source source, long start, int length, int orientation, boolean progressive)
			throws IOException {
		if (length < 6) {
			throw new MalformedImageException("The JPEG header is truncated before its frame size");
		}
		byte[] frame = source.read(start, 6, "The JPEG header is truncated before its frame size");
		int height = u16be(frame, 1);
		int width = u16be(frame, 3);
		int components = u8(frame, 5);
		if (width == 0 || height == 0) {
			throw new MalformedImageException("The JPEG frame header declares a zero width or height");
		}
		if (components == 0 || length < 6 + 3 * components) {
			throw new MalformedImageException(
					"The JPEG frame header is inconsistent: its length does not match its components");
		}
		// components: 1 grey, 3 YCbCr or RGB, 4 CMYK or YCCK;
		// of 8 bits each unless the frame says 12 or 16
		boolean eightBitColour = components >= 3 && u8(frame, 0) == 8;
		return new ImageInfo(ImageType.JPEG, width, height, orientation == 0 ? 1 : orientation, progressive,
				eightBitColour);
	}

	/**
	 * The orientation tag of IFD0 in an APP1 segment, or 0 when the segment is not EXIF
	 * or anything about it is broken: a bad EXIF block never fails the probe.
	 */
	private static int readExifOrientation(Source source, long start, int length) {
		try {
			if (length < 6 + 8) {
				return 0;
			}
			byte[] header = source.read(start, 14, "EXIF");
			if (!startsWith(header, ascii("Exif\0"))) {
				return 0; // XMP or another APP1
			}
			long tiff = start + 6;
			long tiffLength = length - 6;
			boolean little;
			if (header[6] == 'I' && header[7] == 'I') {
				little = true;
			}
			else if (header[6] == 'M' && header[7] == 'M') {
				little = false;
			}
			else {
				return 0;
			}
			if (u16(header, 8, little) != 42) {
				return 0;
			}
			long ifd = u32(header, 10, little);
			if (ifd < 8 || ifd + 2 > tiffLength) {
				return 0;
			}
			int count = u16(source.read(tiff + ifd, 2, "EXIF"), 0, little);
			long fits = (tiffLength - ifd - 2) / 12;
			count = (int) Math.min(Math.min(count, fits), MAX_IFD_ENTRIES);
			if (count <= 0) {
				return 0;
			}
			byte[] entries = source.read(tiff + ifd + 2, count * 12, "EXIF");
			for (int i = 0; i < count; i++) {
				int entry = i * 12;
				if (u16(entries, entry, little) != EXIF_ORIENTATION_TAG) {
					continue;
				}
				int type = u16(entries, entry + 2, little);
				long valueCount = u32(entries, entry + 4, little);
				long value;
				if (type == 3 && valueCount >= 1) { // SHORT
					value = u16(entries, entry + 8, little);
				}
				else if (type == 4 && valueCount == 1) { // LONG, seen from a few writers
					value = u32(entries, entry + 8, little);
				}
				else {
					return 0;
				}
				return (value >= 1 && value <= 8) ? (int) value : 0;
			}
			return 0;
		}
		catch (MalformedImageException | IOException ex) {
			return 0;
		}
	}

	// ------------------------------------------------------------------ PNG

	private static ImageInfo probePng(Source source) throws IOException {
		String truncated = "The PNG header is truncated before its image size";
		// length, type, 13 bytes of data, CRC
		byte[] ihdr = source.read(8, 25, truncated);
		if (!regionMatches(ihdr, 4, ascii("IHDR"))) {
			throw new MalformedImageException("The PNG file does not start with its IHDR header");
		}
		if (u32be(ihdr, 0) != 13) {
			throw new MalformedImageException("The PNG IHDR header has a wrong length");
		}
		CRC32 crc = new CRC32();
		crc.update(ihdr, 4, 17);
		if (crc.getValue() != u32be(ihdr, 21)) {
			throw new MalformedImageException("The PNG IHDR header is corrupt (its checksum does not match)");
		}
		long width = u32be(ihdr, 8);
		long height = u32be(ihdr, 12);
		if (width == 0 || height == 0) {
			throw new MalformedImageException("The PNG header declares a zero width or height");
		}
		if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
			throw new MalformedImageException("The PNG header declares a width or height beyond the PNG limit");
		}
		int bitDepth = u8(ihdr, 16);
		int colorType = u8(ihdr, 17);
		if (!validPngDepth(colorType, bitDepth)) {
			throw new MalformedImageException("The PNG header declares an impossible bit depth or color type");
		}
		if (u8(ihdr, 18) != 0 || u8(ihdr, 19) != 0 || u8(ihdr, 20) > 1) {
			throw new MalformedImageException(
					"The PNG header declares an unknown compression, filter or interlace method");
		}
		boolean interlaced = u8(ihdr, 20) == 1; // Adam7
		// RGB, RGBA
		boolean eightBitColour = (colorType == 2 || colorType == 6) && bitDepth == 8;
		return new ImageInfo(ImageType.PNG, (int) width, (int) height, 1, interlaced, eightBitColour);
	}

	private static boolean validPngDepth(int colorType, int bitDepth) {
		return switch (colorType) {
			case 0 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
			case 3 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
			case 2, 4, 6 -> bitDepth == 8 || bitDepth == 16;
			default -> false;
		};
	}

	// ------------------------------------------------------------------ GIF

	private static ImageInfo probeGif(Source source) throws IOException {
		byte[] screen = source.read(6, 4, "The GIF header is truncated before its screen size");
		int width = u16le(screen, 0);
		int height = u16le(screen, 2);
		if (width == 0 || height == 0) {
			throw new MalformedImageException("The GIF header declares a zero width or height");
		}
		// every GIF pixel is a palette index
		return new ImageInfo(ImageType.GIF, width, height, 1, false, false);
	}

	// ------------------------------------------------------------------ WebP

	private static ImageInfo probeWebp(Source source) throws IOException {
		String truncated = "The WebP header is truncated before its image size";
		// RIFF, size, WEBP, first chunk header
		byte[] riff = source.read(0, 20, truncated);
		long riffSize = u32le(riff, 4);
		long chunkSize = u32le(riff, 16);
		if (riffSize < 4 + 8 || chunkSize > riffSize - 4 - 8) {
			throw new MalformedImageException(
					"The WebP header is inconsistent: its first chunk is larger than the file it declares");
		}
		String chunk = new String(riff, 12, 4, StandardCharsets.US_ASCII);
		switch (chunk) {
			case "VP8 " -> {
				if (chunkSize < 10) {
					throw new MalformedImageException("The WebP VP8 header is too short to hold an image size");
				}
				byte[] data = source.read(20, 10, truncated);
				if ((u8(data, 0) & 1) != 0) {
					throw new MalformedImageException("The WebP VP8 data does not start with a key frame");
				}
				if (u8(data, 3) != 0x9d || u8(data, 4) != 0x01 || u8(data, 5) != 0x2a) {
					throw new MalformedImageException("The WebP VP8 header is corrupt (its start code is missing)");
				}
				return webp(u16le(data, 6) & 0x3fff, u16le(data, 8) & 0x3fff);
			}
			case "VP8L" -> {
				if (chunkSize < 5) {
					throw new MalformedImageException("The WebP lossless header is too short to hold an image size");
				}
				byte[] data = source.read(20, 5, truncated);
				if (u8(data, 0) != 0x2f) {
					throw new MalformedImageException("The WebP lossless header is corrupt (its signature is missing)");
				}
				long bits = u32le(data, 1);
				if ((bits >>> 29) != 0) {
					throw new MalformedImageException("The WebP lossless header declares an unknown version");
				}
				return webp((int) (bits & 0x3fff) + 1, (int) ((bits >>> 14) & 0x3fff) + 1);
			}
			case "VP8X" -> {
				if (chunkSize < 10) {
					throw new MalformedImageException("The WebP extended header is too short to hold a canvas size");
				}
				byte[] data = source.read(20, 10, truncated);
				int width = u24le(data, 4) + 1;
				int height = u24le(data, 7) + 1;
				if ((long) width * height > 0xFFFF_FFFFL) {
					throw new MalformedImageException(
							"The WebP extended header declares a canvas larger than WebP allows");
				}
				return webp(width, height);
			}
			default ->
				throw new MalformedImageException("The WebP file does not start with a VP8, VP8L or VP8X header");
		}
	}

	private static ImageInfo webp(int width, int height) {
		if (width == 0 || height == 0) {
			throw new MalformedImageException("The WebP header declares a zero width or height");
		}
		return new ImageInfo(ImageType.WEBP, width, height, 1);
	}

	// ------------------------------------------------------------------ bytes

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return regionMatches(data, 0, prefix);
	}

	private static boolean regionMatches(byte[] data, int offset, byte[] expected) {
		if (data.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (data[offset + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u8(byte[] b, int i) {
		return b[i] & 0xFF;
	}

	private static int u16be(byte[] b, int i) {
		return (u8(b, i) << 8) | u8(b, i + 1);
	}

	private static int u16le(byte[] b, int i) {
		return u8(b, i) | (u8(b, i + 1) << 8);
	}

	private static int u24le(byte[] b, int i) {
		return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16);
	}

	private static long u32be(byte[] b, int i) {
		return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
	}

	private static long u32le(byte[] b, int i) {
		return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
	}

	private static int u16(byte[] b, int i, boolean little) {
		return little ? u16le(b, i) : u16be(b, i);
	}

	private static long u32(byte[] b, int i, boolean little) {
		return little ? u32le(b, i) : u32be(b, i);
	}

	/** Counts the bytes a probe reads from the file (for tests of the I/O cost). */
	static final class ReadCounter {

		private long bytes;

		long bytes() {
			return this.bytes;
		}

	}

	/**
	 * Positional reads over a file channel through a small window, so that byte-by-byte
	 * marker scanning costs no system call per byte and skipping a segment costs nothing.
	 */
	private static final class Source {

		private static final int WINDOW = 4096;

		private final FileChannel channel;

		private final ReadCounter counter;

		private final long size;

		private final ByteBuffer window = ByteBuffer.allocate(WINDOW);

		private long windowStart;

		private int windowLength;

		Source(FileChannel channel, ReadCounter counter) throws IOException {
			this.channel = channel;
			this.counter = counter;
			this.size = channel.size();
		}

		/**
		 * The byte at {@code pos}; a {@link MalformedImageException} with
		 * {@code truncated} past the end.
		 */
		int u8(long pos, String truncated) throws IOException {
			if (pos < this.windowStart || pos >= this.windowStart + this.windowLength) {
				fill(pos, truncated);
			}
			return this.window.get((int) (pos - this.windowStart)) & 0xFF;
		}

		int u16be(long pos, String truncated) throws IOException {
			return (u8(pos, truncated) << 8) | u8(pos + 1, truncated);
		}

		/**
		 * Exactly {@code length} bytes at {@code pos}, or a
		 * {@link MalformedImageException} with {@code truncated}.
		 */
		byte[] read(long pos, int length, String truncated) throws IOException {
			if (pos < 0 || length < 0 || pos > this.size - length) {
				throw new MalformedImageException(truncated);
			}
			byte[] out = new byte[length];
			int done = 0;
			while (done < length) {
				long at = pos + done;
				if (at < this.windowStart || at >= this.windowStart + this.windowLength) {
					fill(at, truncated);
				}
				int offset = (int) (at - this.windowStart);
				int n = Math.min(length - done, this.windowLength - offset);
				this.window.get(offset, out, done, n);
				done += n;
			}
			return out;
		}

		/** Up to {@code length} bytes at {@code pos}, fewer at the end of the file. */
		byte[] readUpTo(long pos, int length) throws IOException {
			long available = Math.max(0, this.size - pos);
			return read(pos, (int) Math.min(length, available), "");
		}

		private void fill(long pos, String truncated) throws IOException {
			if (pos < 0 || pos >= this.size) {
				throw new MalformedImageException(truncated);
			}
			this.window.clear();
			this.windowStart = pos;
			this.windowLength = 0;
			int wanted = (int) Math.min(WINDOW, this.size - pos);
			this.window.limit(wanted);
			while (this.window.hasRemaining()) {
				int n = this.channel.read(this.window, pos + this.window.position());
				if (n < 0) {
					break; // the file shrank since its size was taken
				}
				if (n == 0) {
					throw new EOFException("The file could not be read");
				}
				if (this.counter != null) {
					this.counter.bytes += n;
				}
			}
			this.windowLength = this.window.position();
			if (this.windowLength == 0) {
				throw new MalformedImageException(truncated);
			}
		}

	}

}
