package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The probe against the real camera and phone JPEGs in {@code ../shared/testdata/images}.
 */
class ImageProbeSampleFilesTests {

	private static final Duration QUICKLY = Duration.ofSeconds(5);

	private static final Pattern ORIENTATION_SAMPLE = Pattern.compile("(Landscape|Portrait)_(\\d)\\.jpg");

	static List<Named<Path>> allJpegs() {
		List<Path> files = TestImages.jpegsIn("orientation", "gps", "exif", "invalid");
		assertThat(files).as("sample JPEGs in %s", TestImages.folder()).hasSizeGreaterThan(30);
		return named(files);
	}

	static List<Named<Path>> orientationSamples() {
		return named(TestImages.jpegsIn("orientation"));
	}

	static List<Named<Path>> brokenSamples() {
		List<Path> files = new ArrayList<>(TestImages.jpegsIn("invalid"));
		files.add(TestImages.file("exif/corrupted.jpg"));
		return named(files);
	}

	private static List<Named<Path>> named(List<Path> files) {
		Path folder = TestImages.folder();
		return files.stream().map((file) -> Named.of(folder.relativize(file).toString(), file)).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allJpegs")
	void shouldReadTheSameDimensionsAsImageIo(Path file) {
		Optional<int[]> expected = imageIoSize(file);
		Object outcome = probeQuickly(file);

		if (expected.isPresent()) {
			assertThat(outcome).isInstanceOf(ImageInfo.class);
			ImageInfo info = (ImageInfo) outcome;
			assertThat(info.type()).isEqualTo(ImageType.JPEG);
			assertThat(new int[] { info.width(), info.height() }).isEqualTo(expected.get());
		}
		else {
			assertThat(outcome).isInstanceOfAny(ImageInfo.class, MalformedImageException.class);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("orientationSamples")
	void shouldReadTheExifOrientationAndDisplayShapeOfOrientationSamples(Path file) throws IOException {
		Matcher name = ORIENTATION_SAMPLE.matcher(file.getFileName().toString());
		assertThat(name.matches()).isTrue();
		int expectedOrientation = Math.max(1, Integer.parseInt(name.group(2)));

		ImageInfo info = ImageProbe.probe(file);

		assertThat(info.orientation()).isEqualTo(expectedOrientation);
		if (name.group(1).equals("Landscape")) {
			assertThat(info.displayWidth()).isGreaterThan(info.displayHeight());
		}
		else {
			assertThat(info.displayWidth()).isLessThan(info.displayHeight());
		}
		assertThat(info.swapsDimensions()).isEqualTo(expectedOrientation >= 5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenSamples")
	void shouldProbeBrokenSamplesQuicklyOrReportThemMalformed(Path file) {
		assertThat(probeQuickly(file)).isInstanceOfAny(ImageInfo.class, MalformedImageException.class);
	}

	@Test
	void shouldReadTheFrameSizeOfAPhotoWhoseImageDataIsTruncated() throws IOException {
		assertThat(ImageProbe.probe(TestImages.file("exif/corrupted.jpg")))
			.isEqualTo(new ImageInfo(ImageType.JPEG, 3648, 2736, 1));
	}

	@Test
	void shouldReadOnlyAFewKilobytesOfACameraPhoto() throws IOException {
		Path file = TestImages.file("exif/jolla.jpg");
		ImageProbe.ReadCounter counter = new ImageProbe.ReadCounter();

		ImageInfo info = ImageProbe.probe(file, counter);

		assertThat(info.width()).isEqualTo(3264);
		assertThat(counter.bytes()).isLessThanOrEqualTo(16 * 1024).isLessThan(Files.size(file) / 20);
	}

	@Test
	void shouldOnlyEverReturnInfoOrOneOfTheTwoExceptionsForMutatedJpegHeaders(@TempDir Path dir) throws IOException {
		byte[][] headers = { header(TestImages.file("orientation/Landscape_6.jpg"), 2048),
				header(TestImages.file("exif/Canon_40D.jpg"), 6000),
				header(TestImages.file("gps/DSCN0010.jpg"), 12000) };

		int[] outcomes = fuzz(dir, headers, 3000, new Random(20260611L));

		assertThat(outcomes[0]).as("probed fine").isPositive();
		assertThat(outcomes[1]).as("malformed").isPositive();
	}

	@Test
	void shouldOnlyEverReturnInfoOrOneOfTheTwoExceptionsForMutatedPngHeaders(@TempDir Path dir) throws IOException {
		byte[][] headers = { ImageHeaders.png(1920, 1080) };

		int[] outcomes = fuzz(dir, headers, 2000, new Random(20260612L));

		assertThat(outcomes[0]).as("probed fine").isPositive();
		assertThat(outcomes[1]).as("malformed").isPositive();
		assertThat(outcomes[2]).as("unsupported").isPositive();
	}

	/**
	 * Probes {@code rounds} copies of the headers with a few random bytes changed (and
	 * now and then cut short) and counts ImageInfo, malformed and unsupported outcomes;
	 * anything else fails the test, and so does taking too long.
	 */
	private static int[] fuzz(Path dir, byte[][] headers, int rounds, Random random) {
		Path file = dir.resolve("fuzz.bin");
		return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			int[] outcomes = new int[3];
			for (int round = 0; round < rounds; round++) {
				byte[] header = headers[round % headers.length];
				byte[] mutated = mutate(header, random);
				Files.write(file, mutated);
				try {
					ImageInfo info = ImageProbe.probe(file);
					assertThat(info.pixels()).isPositive();
					outcomes[0]++;
				}
				catch (MalformedImageException ex) {
					outcomes[1]++;
				}
				catch (UnsupportedImageException ex) {
					outcomes[2]++;
				}
				catch (RuntimeException | IOException ex) {
					throw new AssertionError("Round " + round + " threw " + ex + " on bytes starting "
							+ Arrays.toString(Arrays.copyOf(mutated, Math.min(mutated.length, 64))), ex);
				}
			}
			return outcomes;
		});
	}

	private static byte[] mutate(byte[] header, Random random) {
		byte[] copy = header.clone();
		int changes = 1 + random.nextInt(4);
		for (int i = 0; i < changes; i++) {
			// half of the changes land in the first bytes,
			// where the markers and the EXIF header are
			int position = random.nextBoolean() ? random.nextInt(Math.min(copy.length, 300))
					: random.nextInt(copy.length);
			copy[position] = switch (random.nextInt(4)) {
				case 0 -> (byte) 0xFF;
				case 1 -> 0;
				default -> (byte) random.nextInt(256);
			};
		}
		if (random.nextInt(10) == 0) {
			return Arrays.copyOf(copy, random.nextInt(copy.length));
		}
		return copy;
	}

	private static byte[] header(Path file, int length) throws IOException {
		byte[] all = Files.readAllBytes(file);
		return Arrays.copyOf(all, Math.min(all.length, length));
	}

	/**
	 * The probe's answer, or the MalformedImageException it threw; anything else, or a
	 * hang, fails.
	 */
	private static Object probeQuickly(Path file) {
		return assertTimeoutPreemptively(QUICKLY, () -> {
			try {
				return ImageProbe.probe(file);
			}
			catch (MalformedImageException ex) {
				return ex;
			}
		});
	}

	/**
	 * What ImageIO reports as the size of the first image, when it can read the header at
	 * all.
	 */
	private static Optional<int[]> imageIoSize(Path file) {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return Optional.of(new int[] { reader.getWidth(0), reader.getHeight(0) });
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
