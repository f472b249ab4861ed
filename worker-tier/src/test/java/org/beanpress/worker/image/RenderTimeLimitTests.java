package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.settings.PropertyDefaults;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render past its time limit is refused, its thread stopped, and the pipeline goes on
 * with the next; a decode whose thread is interrupted stops instead of working on for
 * nobody.
 */
class RenderTimeLimitTests {

	private static final long MAX_PIXELS = PropertyDefaults.of(MediaProperties.class).maxPixels();

	/** Set while renders should be held up until their thread is interrupted. */
	private final AtomicBoolean slow = new AtomicBoolean();

	private final Queue<Thread> renderThreads = new ConcurrentLinkedQueue<>();

	@TempDir
	Path input;

	@TempDir
	Path work;

	@AfterEach
	void clearInterruptStatus() {
		Thread.interrupted();
	}

	@Test
	void shouldStopARenderPastTheTimeLimitAndGoOnWithTheNext() throws IOException {
		// a budget of one: a render that kept its share would hold up the next for ever
		var pipeline = new ImagePipeline(new ImagePipelineProperties(0.82f, 1, Duration.ofSeconds(2)), MAX_PIXELS,
				this::heldUpRender);
		var photo = TestImages.file("exif/jolla.jpg");
		this.slow.set(true);

		assertThatExceptionOfType(UnprocessableImageException.class)
			.isThrownBy(() -> pipeline.render(photo, ImagePipeline.probe(photo), this.work))
			.withMessage("Processing the image took longer than PT2S, the time limit for one image, and was "
					+ "stopped; please upload a smaller or simpler image");
		assertThat(this.renderThreads).singleElement().satisfies(thread -> assertThat(thread.isAlive()).isFalse());
		assertThat(files(this.work)).as("nothing rendered").isEmpty();

		this.slow.set(false);
		var small = TestImages.file("gps/DSCN0010.jpg");
		var next = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> pipeline.render(small, ImagePipeline.probe(small), this.work));
		assertThat(next).extracting(RenderedVariant::size)
			.containsExactly(VariantSize.THUMBNAIL, VariantSize.MEDIUM, VariantSize.FULL);
	}

	@Test
	void shouldStopADecodeRowByRowWhoseThreadIsInterrupted() {
		var decoder = new ImageDecoder(MAX_PIXELS);
		var photo = TestImages.file("exif/jolla.jpg");

		Thread.currentThread().interrupt();

		assertThatExceptionOfType(RenderStoppedException.class)
			.isThrownBy(() -> decoder.decodeResized(photo, ImageType.JPEG, 1, 1600, 1200));
	}

	@Test
	void shouldStopADecodeInStripesWhoseThreadIsInterrupted() throws IOException {
		var decoder = new ImageDecoder(MAX_PIXELS);
		var progressive = Jpeg.writeProgressive(ImageIO.read(TestImages.file("exif/jolla.jpg").toFile()),
				this.input.resolve("progressive.jpg"));

		Thread.currentThread().interrupt();

		assertThatExceptionOfType(RenderStoppedException.class)
			.isThrownBy(() -> decoder.decodeInStripes(progressive, ImageType.JPEG, 1, 1600, 1200, 1_000_000));
	}

	@Test
	void shouldStopResizingWhenItsThreadIsInterrupted() {
		var pixels = Pixels.allocate(2000, 1500, 3);

		Thread.currentThread().interrupt();

		assertThatExceptionOfType(RenderStoppedException.class).isThrownBy(() -> Resampler.resize(pixels, 200, 150));
	}

	/**
	 * A render thread that, while {@link #slow} is set, waits as a decode of a hostile
	 * image would run, until it is interrupted.
	 */
	private Thread heldUpRender(Runnable render) {
		var thread = new Thread(() -> {
			if (this.slow.get()) {
				try {
					new CountDownLatch(1).await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			render.run();
		}, "held-up-render");
		this.renderThreads.add(thread);
		return thread;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

}
