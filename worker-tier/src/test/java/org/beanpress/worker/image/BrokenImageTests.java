package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files fail their own job with a reason for the owner, quickly, and
 * leave no variant.
 */
class BrokenImageTests {

	/** Only a guard against a hang: each of these files takes a fraction of a second. */
	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	private final DefaultPipeline pipeline = new DefaultPipeline();

	@TempDir
	Path input;

	@TempDir
	Path work;

	static Stream<Path> damagedFiles() {
		return Stream.concat(TestImages.jpegsIn("invalid").stream(), Stream.of(TestImages.file("exif/corrupted.jpg")));
	}

	@ParameterizedTest
	@MethodSource("damagedFiles")
	void shouldRenderOrRefuseADamagedFileWithoutHanging(Path damaged) {
		assertTimeoutPreemptively(HANG_GUARD, () -> renderOrRefuse(damaged));
	}

	@Test
	void shouldRenderOrRefuseEveryTruncationOfAPhoto() throws IOException {
		byte[] photo = Files.readAllBytes(TestImages.file("gps/DSCN0021.jpg"));
		for (int length : new int[] { 200, 2_000, 20_000, 60_000, 100_000, photo.length - 10 }) {
			Path truncated = Files.write(this.input.resolve("truncated-" + length + ".jpg"),
					Arrays.copyOf(photo, length));
			assertTimeoutPreemptively(HANG_GUARD, () -> renderOrRefuse(truncated));
		}
	}

	@Test
	void shouldRefuseATruncatedPhotoSayingSoRatherThanRenderItHalfGrey() throws IOException {
		byte[] photo = Files.readAllBytes(TestImages.file("gps/DSCN0021.jpg"));
		Path truncated = Files.write(this.input.resolve("half.jpg"), Arrays.copyOf(photo, photo.length / 2));

		assertThatExceptionOfType(UnprocessableImageException.class)
			.isThrownBy(() -> this.pipeline.render(truncated, this.work))
			.withMessageContaining("truncated");
	}

	@Test
	void shouldRefuseAnImageOverThePixelLimitBeforeDecodingIt() throws IOException {
		// a valid PNG header and no image data: decoding would fail with another message
		Path huge = Files.write(this.input.resolve("huge.png"), pngHeader(100_000, 100_000));

		assertThatExceptionOfType(UnprocessableImageException.class)
			.isThrownBy(() -> this.pipeline.render(huge, this.work))
			.withMessageContaining("100,000 x 100,000 pixels")
			.withMessageContaining("pixel limit of 50,000,000");
		assertThat(this.work).isEmptyDirectory();
	}

	@Test
	void shouldRefuseAFileThatIsNoImage() throws IOException {
		Path text = Files.writeString(this.input.resolve("notes.jpg"), "<html><body>not a picture</body></html>");

		assertThatExceptionOfType(UnprocessableImageException.class)
			.isThrownBy(() -> this.pipeline.render(text, this.work))
			.withMessageContaining("not a JPEG, PNG, GIF or WebP image");
	}

	@Test
	void shouldRefuseAJpegWhoseDataIsGarbage() throws IOException {
		byte[] photo = Files.readAllBytes(TestImages.file("gps/DSCN0025.jpg"));
		byte[] header = Arrays.copyOf(photo, 30_000);
		byte[] garbage = new byte[photo.length];
		Arrays.fill(garbage, (byte) 0xFF);
		System.arraycopy(header, 0, garbage, 0, header.length);
		Path broken = Files.write(this.input.resolve("garbage.jpg"), garbage);

		assertTimeoutPreemptively(HANG_GUARD, () -> renderOrRefuse(broken));
	}

	@Test
	void shouldPassOnAFailureToReadTheFileAsTransient() {
		Path missing = this.input.resolve("missing.jpg");

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.pipeline.render(missing, this.work));
	}

	/**
	 * Either variants that decode, or a refusal with a message for the owner and nothing
	 * left behind.
	 */
	private void renderOrRefuse(Path file) throws IOException {
		Path out = Files.createDirectory(this.work.resolve(file.getFileName().toString()));
		try {
			List<RenderedVariant> variants = this.pipeline.render(file, out);
			for (RenderedVariant variant : variants) {
				assertThat(javax.imageio.ImageIO.read(variant.file().toFile())).isNotNull();
			}
		}
		catch (UnprocessableImageException ex) {
			assertThat(ex.getMessage()).isNotBlank().doesNotContain(file.toString());
			assertThat(out).isEmptyDirectory();
		}
	}

	private static byte[] pngHeader(int width, int height) {
		ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.putInt(13).put("IHDR".getBytes()).putInt(width).putInt(height).put(new byte[] { 8, 6, 0, 0, 0 });
		CRC32 crc = new CRC32();
		crc.update(png.array(), 12, 17);
		png.putInt((int) crc.getValue());
		png.putInt(0).put("IEND".getBytes());
		CRC32 end = new CRC32();
		end.update("IEND".getBytes());
		png.putInt((int) end.getValue());
		return png.array();
	}

}
