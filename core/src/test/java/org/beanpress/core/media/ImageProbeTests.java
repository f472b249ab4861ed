package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

import org.beanpress.core.media.ImageHeaders.JpegBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageProbeTests {

	private static final Duration QUICKLY = Duration.ofSeconds(5);

	@TempDir
	Path dir;

	// ------------------------------------------------------------------ dimensions

	@Test
	void shouldReadDimensionsOfPngWrittenByImageIo() throws IOException {
		Path file = this.dir.resolve("image.png");
		ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.PNG, 321, 123, 1));
	}

	@Test
	void shouldReadDimensionsOfGifWrittenByImageIo() throws IOException {
		Path file = this.dir.resolve("image.gif");
		ImageIO.write(new BufferedImage(40, 300, BufferedImage.TYPE_BYTE_INDEXED), "gif", file.toFile());

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.GIF, 40, 300, 1, false, false));
	}

	@Test
	void shouldTellEightBitColourFromPalettesGreysAndOtherDepths() throws IOException {
		assertThat(eightBitColour("png", BufferedImage.TYPE_INT_RGB)).isTrue();
		assertThat(eightBitColour("png", BufferedImage.TYPE_INT_ARGB)).isTrue();
		assertThat(eightBitColour("png", BufferedImage.TYPE_BYTE_INDEXED)).isFalse();
		assertThat(eightBitColour("png", BufferedImage.TYPE_BYTE_GRAY)).isFalse();
		assertThat(eightBitColour("png", BufferedImage.TYPE_USHORT_GRAY)).isFalse();
		assertThat(eightBitColour("jpg", BufferedImage.TYPE_INT_RGB)).isTrue();
		assertThat(eightBitColour("jpg", BufferedImage.TYPE_BYTE_GRAY)).isFalse();
	}

	private boolean eightBitColour(String format, int layout) throws IOException {
		Path file = this.dir.resolve(layout + "." + format);
		ImageIO.write(new BufferedImage(30, 20, layout), format, file.toFile());
		return ImageProbe.probe(file).eightBitColour();
	}

	@Test
	void shouldReadDimensionsOfJpegWrittenByImageIo() throws IOException {
		Path file = this.dir.resolve("image.jpg");
		ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.JPEG, 64, 48, 1));
	}

	@Test
	void shouldReadDimensionsOfLossyWebpIgnoringItsScaleBits() throws IOException {
		Path file = write("lossy.webp", ImageHeaders.webpLossy(16383, 1));

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.WEBP, 16383, 1, 1));
	}

	@Test
	void shouldReadDimensionsOfLosslessWebp() throws IOException {
		Path file = write("lossless.webp", ImageHeaders.webpLossless(16384, 7));

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.WEBP, 16384, 7, 1));
	}

	@Test
	void shouldReadCanvasSizeOfExtendedWebp() throws IOException {
		Path file = write("extended.webp", ImageHeaders.webpExtended(1 << 24, 3));

		assertThat(ImageProbe.probe(file)).isEqualTo(new ImageInfo(ImageType.WEBP, 1 << 24, 3, 1));
	}

	@Test
	void shouldReadDimensionsOfPngBombWithoutDecodingIt() throws IOException {
		Path file = write("bomb.png", ImageHeaders.png(100_000, 100_000));

		ImageInfo info = ImageProbe.probe(file);

		assertThat(info.width()).isEqualTo(100_000);
		assertThat(info.height()).isEqualTo(100_000);
		assertThat(info.pixels()).isEqualTo(10_000_000_000L);
	}

	@Test
	void shouldReadDimensionsOfEveryJpegFrameKindButNotOfTablesSharingTheirMarkerRange() throws IOException {
		for (int marker : new int[] { 0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF }) {
			// DHT (C4), JPG (C8) and DAC (CC) segments carry no
			// size: they must be skipped, not read as frames
			byte[] jpeg = new JpegBuilder().jfif()
				.segment(0xC4, new byte[] { 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 })
				.segment(0xCC, new byte[] { 1, 2 })
				.segment(0xC8, new byte[] { 3, 4, 5, 6, 7, 8 })
				.frame(marker, 700, 500)
				.scanAndEnd()
				.bytes();

			var info = ImageProbe.probe(write("frame.jpg", jpeg));
			assertThat(info.width()).as("SOF marker %02X", marker).isEqualTo(700);
			assertThat(info.progressive()).as("SOF marker %02X", marker)
				.isEqualTo(marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE);
		}
	}

	@Test
	void shouldTellProgressiveJpegAndInterlacedPngWrittenByImageIoFromTheirHeaders() throws IOException {
		assertThat(ImageProbe.probe(writeInPasses("jpeg", "progressive.jpg")).progressive()).isTrue();
		assertThat(ImageProbe.probe(writeInPasses("png", "interlaced.png")).progressive()).isTrue();
		assertThat(ImageProbe.probe(write("plain.png", ImageHeaders.png(64, 48))).progressive()).isFalse();
	}

	/** A progressive JPEG or an interlaced (Adam7) PNG, as ImageIO writes them. */
	private Path writeInPasses(String format, String name) throws IOException {
		var writer = ImageIO.getImageWritersByFormatName(format).next();
		var param = writer.getDefaultWriteParam();
		param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
		var file = this.dir.resolve(name);
		try (var output = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), null, null), param);
		}
		finally {
			writer.dispose();
		}
		return file;
	}

	@Test
	void shouldSkipFillBytesRestartMarkersAndStrayBytesBetweenJpegSegments() throws IOException {
		byte[] jpeg = new JpegBuilder().jfif()
			.raw(0xFF, 0xFF, 0xFF, 0xD0, 0xFF, 0x01)
			.raw(0x00, 0x42)
			.frame(10, 20)
			.scanAndEnd()
			.bytes();

		assertThat(ImageProbe.probe(write("fill.jpg", jpeg))).isEqualTo(new ImageInfo(ImageType.JPEG, 10, 20, 1));
	}

	// ------------------------------------------------------------------ orientation

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void shouldReadExifOrientationInEitherByteOrder(int orientation) throws IOException {
		for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
			byte[] jpeg = new JpegBuilder().exif(order, orientation).frame(400, 300).scanAndEnd().bytes();

			assertThat(ImageProbe.probe(write("oriented.jpg", jpeg)))
				.isEqualTo(new ImageInfo(ImageType.JPEG, 400, 300, orientation));
		}
	}

	@Test
	void shouldReportOrientationOneWhenTheExifIfdOffsetPointsOutsideTheSegment() throws IOException {
		for (long offset : new long[] { 0, 4, 27, 1000, 0x7FFF_FFF0L, 0xFFFF_FFFFL }) {
			byte[] jpeg = new JpegBuilder().exif(ByteOrder.BIG_ENDIAN, offset, 6).frame(400, 300).scanAndEnd().bytes();

			assertThat(ImageProbe.probe(write("broken-exif.jpg", jpeg))).as("IFD0 offset %d", offset)
				.isEqualTo(new ImageInfo(ImageType.JPEG, 400, 300, 1));
		}
	}

	@Test
	void shouldReportOrientationOneWhenTheExifOrientationIsOutOfRange() throws IOException {
		for (int value : new int[] { 0, 9, 0xFFFF }) {
			byte[] jpeg = new JpegBuilder().exif(ByteOrder.LITTLE_ENDIAN, value).frame(400, 300).scanAndEnd().bytes();

			assertThat(ImageProbe.probe(write("odd-exif.jpg", jpeg)).orientation()).isEqualTo(1);
		}
	}

	@Test
	void shouldReportOrientationOneWhenTheExifHeaderIsNotTiff() throws IOException {
		byte[] content = Arrays.copyOf(ImageHeaders.ascii("Exif\0\0XX\0*\0\0\0\10"), 40);
		byte[] jpeg = new JpegBuilder().segment(0xE1, content).frame(400, 300).scanAndEnd().bytes();

		assertThat(ImageProbe.probe(write("not-tiff.jpg", jpeg)).orientation()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ the type comes
	// from the bytes

	@Test
	void shouldTellTheTypeFromTheMagicBytesNotFromTheFileName() throws IOException {
		Path pngNamedJpg = write("photo.jpg", ImageHeaders.png(5, 6));
		Path webpNamedGif = write("anim.gif", ImageHeaders.webpLossless(5, 6));

		assertThat(ImageProbe.probe(pngNamedJpg).type()).isEqualTo(ImageType.PNG);
		assertThat(ImageProbe.probe(webpNamedGif).type()).isEqualTo(ImageType.WEBP);
	}

	static Stream<Arguments> unsupportedFiles() {
		return Stream.of(Arguments.of("empty", new byte[0]), Arguments.of("one byte", new byte[] { (byte) 0xFF }),
				Arguments.of("BMP",
						bytes("BM", 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0)),
				Arguments.of("TIFF little-endian", bytes("II", 42, 0, 8, 0, 0, 0, 0, 0)),
				Arguments.of("TIFF big-endian", bytes("MM", 0, 42, 0, 0, 0, 8, 0, 0)),
				Arguments.of("HTML", ImageHeaders.ascii("<!DOCTYPE html><html><body><img src=x></body></html>")),
				Arguments.of("SVG",
						ImageHeaders.ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
				Arguments.of("text", ImageHeaders.ascii("just some text, named like a photo\n")),
				Arguments.of("ZIP", bytes("PK", 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
				Arguments.of("PDF", ImageHeaders.ascii("%PDF-1.7\n%\u00e2\u00e3\n")),
				Arguments.of("WAV", bytes("RIFF", 36, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ', 16, 0, 0, 0)),
				Arguments.of("HEIC", bytes("", 0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0)),
				Arguments.of("GIF of an unknown version", ImageHeaders.ascii("GIF88a\1\0\1\0\0\0\0")),
				Arguments.of("PNG signature prefix", bytes("", 0x89, 'P', 'N', 'G')));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsupportedFiles")
	void shouldRejectFilesThatAreNotJpegPngGifOrWebpAsUnsupported(String kind, byte[] content) throws IOException {
		Path file = write("upload-" + kind.replace(' ', '-') + ".jpg", content);

		assertThatExceptionOfType(UnsupportedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessageContaining("not a JPEG, PNG, GIF or WebP image")
			.withMessageNotContaining("upload-")
			.withMessageNotContaining(this.dir.toString());
	}

	@Test
	void shouldNameCommonOtherFormatsInTheUnsupportedMessage() throws IOException {
		assertThatExceptionOfType(UnsupportedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("a.bmp", bytes("BM", 0, 0, 0, 0))))
			.withMessage("The file is a BMP image, not a JPEG, PNG, GIF or WebP image; "
					+ "please upload a JPEG, PNG, GIF or WebP image");
		assertThatExceptionOfType(UnsupportedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("a.tif", bytes("II", 42, 0, 8, 0, 0, 0))))
			.withMessageStartingWith("The file is a TIFF image");
		assertThatExceptionOfType(UnsupportedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("a.svg", ImageHeaders.ascii("  <svg/>"))))
			.withMessageStartingWith("The file is a text, HTML, XML or SVG document");
		assertThatExceptionOfType(UnsupportedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("empty.png", new byte[0])))
			.withMessageStartingWith("The file is empty");
	}

	// ------------------------------------------------------------------ malformed
	// headers

	@Test
	void shouldRejectTruncatedJpegHeaderAsMalformed() throws IOException {
		byte[] jpeg = new JpegBuilder().jfif().frame(400, 300).scanAndEnd().bytes();
		int frameStart = 2 + 18;

		for (int length : new int[] { 3, 4, 5, frameStart, frameStart + 3, frameStart + 8 }) {
			Path file = write("truncated.jpg", Arrays.copyOf(jpeg, length));

			assertThatExceptionOfType(MalformedImageException.class).as("first %d bytes", length)
				.isThrownBy(() -> ImageProbe.probe(file))
				.withMessageContaining("JPEG")
				.withMessageContaining("truncated");
		}
	}

	@Test
	void shouldExplainThatAJpegEndsBeforeItsFrameSize() throws IOException {
		Path file = write("no-frame.jpg", new JpegBuilder().jfif().raw(0xFF, 0xD9).bytes());

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessage("The JPEG file ends before its frame size");
	}

	@Test
	void shouldRejectJpegWhoseSegmentLengthPointsPastTheEndOfTheFile() throws IOException {
		// an APP0 segment announcing 16 KB in a file of 1 KB
		byte[] jpeg = Arrays.copyOf(new JpegBuilder().raw(0xFF, 0xE0, 0x40, 0x00, 'J', 'F', 'I', 'F', 0).bytes(), 1000);
		Path file = write("long.jpg", jpeg);

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessage("The JPEG header is truncated: a segment runs past the end of the file");
	}

	@Test
	void shouldRejectJpegWithImageDataBeforeItsFrameHeader() throws IOException {
		Path file = write("scan-first.jpg", new JpegBuilder().jfif().scanAndEnd().bytes());

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessageContaining("before its frame size");
	}

	@Test
	void shouldRejectJpegSegmentShorterThanItsOwnLengthField() throws IOException {
		Path file = write("short-seg.jpg", new JpegBuilder().raw(0xFF, 0xE0, 0x00, 0x01).frame(1, 1).bytes());

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file));
	}

	@Test
	void shouldRejectZeroDimensionsInEveryFormat() throws IOException {
		byte[] zeroWidthJpeg = new JpegBuilder().frame(0, 10).scanAndEnd().bytes();
		byte[] zeroHeightPng = ImageHeaders.png(10, 0);
		byte[] zeroGif = ImageHeaders.ascii("GIF89a\0\0\12\0\0\0\0;");
		byte[] zeroWebp = ImageHeaders.webpLossy(0, 10);

		for (byte[] content : new byte[][] { zeroWidthJpeg, zeroHeightPng, zeroGif, zeroWebp }) {
			assertThatExceptionOfType(MalformedImageException.class)
				.isThrownBy(() -> ImageProbe.probe(write("zero", content)))
				.withMessageContaining("zero width or height");
		}
	}

	@Test
	void shouldRejectPngWidthBeyondTheFormatLimit() throws IOException {
		Path file = write("huge.png", ImageHeaders.png(0x8000_0000L, 1));

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessageContaining("beyond the PNG limit");
	}

	@Test
	void shouldRejectTruncatedPngHeaderAsMalformed() throws IOException {
		byte[] png = ImageHeaders.png(10, 10);

		for (int length = 8; length < 33; length++) {
			Path file = write("truncated.png", Arrays.copyOf(png, length));

			assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
				.withMessage("The PNG header is truncated before its image size");
		}
	}

	@Test
	void shouldRejectPngWhoseFirstChunkIsNotIhdrOrIsCorrupt() throws IOException {
		byte[] png = ImageHeaders.png(10, 10);
		byte[] notIhdr = png.clone();
		notIhdr[12] = 'X';
		byte[] badCrc = png.clone();
		badCrc[17] ^= 1; // a width bit, the CRC no longer matches
		byte[] badColorType = ImageHeaders.png(10, 10);
		badColorType[25] = 5;

		assertThatExceptionOfType(MalformedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("a.png", notIhdr)))
			.withMessageContaining("IHDR");
		assertThatExceptionOfType(MalformedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("b.png", badCrc)))
			.withMessageContaining("checksum");
		assertThatExceptionOfType(MalformedImageException.class)
			.isThrownBy(() -> ImageProbe.probe(write("c.png", fixPngCrc(badColorType))));
	}

	@Test
	void shouldRejectTruncatedGifHeaderAsMalformed() throws IOException {
		Path file = write("truncated.gif", ImageHeaders.ascii("GIF89a\1\0\1"));

		assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
			.withMessage("The GIF header is truncated before its screen size");
	}

	@Test
	void shouldRejectTruncatedWebpHeadersAsMalformed() throws IOException {
		for (byte[] webp : new byte[][] { ImageHeaders.webpLossy(10, 10), ImageHeaders.webpLossless(10, 10),
				ImageHeaders.webpExtended(10, 10) }) {
			// RIFF header, chunk header, chunk data (without padding)
			int complete = 20 + webp[16];
			for (int length = 12; length < complete; length++) {
				Path file = write("truncated.webp", Arrays.copyOf(webp, length));

				assertThatExceptionOfType(MalformedImageException.class).isThrownBy(() -> ImageProbe.probe(file))
					.withMessageContaining("WebP");
			}
		}
	}

	@Test
	void shouldRejectInconsistentWebpHeadersAsMalformed() throws IOException {
		byte[] chunkLargerThanRiff = ImageHeaders.webpLossless(10, 10);
		chunkLargerThanRiff[16] = 100;
		byte[] noStartCode = ImageHeaders.webpLossy(10, 10);
		noStartCode[24] = 0;
		byte[] interFrame = ImageHeaders.webpLossy(10, 10);
		interFrame[20] |= 1;
		byte[] noSignature = ImageHeaders.webpLossless(10, 10);
		noSignature[20] = 0x2e;
		byte[] unknownChunk = ImageHeaders.webp("ALPH", new byte[10]);
		byte[] canvasTooLarge = ImageHeaders.webpExtended(1 << 24, 1 << 24);

		for (byte[] content : new byte[][] { chunkLargerThanRiff, noStartCode, interFrame, noSignature, unknownChunk,
				canvasTooLarge }) {
			assertThatExceptionOfType(MalformedImageException.class)
				.isThrownBy(() -> ImageProbe.probe(write("bad.webp", content)))
				.withMessageStartingWith("The WebP");
		}
	}

	// ------------------------------------------------------------------ hostile input,
	// I/O cost

	@Test
	void shouldStopWalkingJpegMadeOfEndlessEmptySegments() throws IOException {
		JpegBuilder builder = new JpegBuilder();
		for (int i = 0; i < 100_000; i++) {
			builder.segment(0xFE, new byte[0]);
		}
		Path file = write("endless.jpg", builder.frame(1, 1).bytes());

		assertThatExceptionOfType(MalformedImageException.class)
			.isThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> ImageProbe.probe(file)))
			.withMessageContaining("too many segments");
	}

	@Test
	void shouldStopScanningJpegMadeOfFillBytesOrGarbage() throws IOException {
		byte[] fill = new byte[1_000_000];
		Arrays.fill(fill, (byte) 0xFF);
		fill[1] = (byte) 0xD8;
		byte[] garbage = new byte[1_000_000];
		Arrays.fill(garbage, (byte) 0x55);
		garbage[0] = (byte) 0xFF;
		garbage[1] = (byte) 0xD8;
		garbage[2] = (byte) 0xFF;
		garbage[3] = (byte) 0xE0;
		garbage[4] = 0;
		garbage[5] = 2;
		byte[] restarts = new byte[1_000_000];
		for (int i = 0; i < restarts.length; i += 2) {
			restarts[i] = (byte) 0xFF;
			restarts[i + 1] = (byte) 0xD0;
		}
		restarts[1] = (byte) 0xD8;

		for (byte[] content : new byte[][] { fill, garbage, restarts }) {
			Path file = write("hostile.jpg", content);

			assertThatExceptionOfType(MalformedImageException.class)
				.isThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> ImageProbe.probe(file)));
		}
	}

	@Test
	void shouldReadOnlyTheHeaderOfAHugeFile() throws IOException {
		Path file = write("huge.png", ImageHeaders.png(20_000, 10_000));
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(4L * 1024 * 1024 * 1024);
		}
		ImageProbe.ReadCounter counter = new ImageProbe.ReadCounter();

		ImageInfo info = assertTimeoutPreemptively(QUICKLY, () -> ImageProbe.probe(file, counter));

		assertThat(info.pixels()).isEqualTo(200_000_000L);
		assertThat(counter.bytes()).isLessThanOrEqualTo(8 * 1024);
	}

	@Test
	void shouldSeekPastLargeJpegSegmentsInsteadOfReadingThem() throws IOException {
		JpegBuilder builder = new JpegBuilder().exif(ByteOrder.LITTLE_ENDIAN, 6);
		for (int i = 0; i < 50; i++) {
			builder.segment(0xE2, new byte[65_000]);
		}
		Path file = write("big-segments.jpg", builder.frame(4000, 3000).scanAndEnd().bytes());
		ImageProbe.ReadCounter counter = new ImageProbe.ReadCounter();

		ImageInfo info = ImageProbe.probe(file, counter);

		assertThat(info).isEqualTo(new ImageInfo(ImageType.JPEG, 4000, 3000, 6));
		assertThat(Files.size(file)).isGreaterThan(3_000_000);
		assertThat(counter.bytes()).isLessThan(300_000);
	}

	@Test
	void shouldReportMissingFileAsIoErrorNotAsBadImage() {
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> ImageProbe.probe(this.dir.resolve("missing.jpg")));
	}

	// ------------------------------------------------------------------ helpers

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

	private static byte[] bytes(String prefix, int... rest) {
		byte[] head = ImageHeaders.ascii(prefix);
		byte[] out = Arrays.copyOf(head, head.length + rest.length);
		for (int i = 0; i < rest.length; i++) {
			out[head.length + i] = (byte) rest[i];
		}
		return out;
	}

	private static byte[] fixPngCrc(byte[] png) {
		byte[] fixed = png.clone();
		byte[] chunk = ImageHeaders.pngChunk("IHDR", Arrays.copyOfRange(png, 16, 29));
		System.arraycopy(chunk, 0, fixed, 8, chunk.length);
		return fixed;
	}

}
