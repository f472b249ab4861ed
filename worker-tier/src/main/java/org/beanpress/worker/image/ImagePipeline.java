package org.beanpress.worker.image;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MalformedImageException;
import org.beanpress.core.media.UnsupportedImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes WordPress's size set from an original: upright (EXIF orientation applied),
 * without metadata, JPEG at the configured quality, or PNG with its transparency for PNG
 * originals and for GIF and WebP ones with alpha.
 * <p>
 * Memory stays bounded by the variants, not the original: the header is checked against
 * the pixel limit before anything is decoded; the original is decoded once, subsampled
 * down to the smallest raster that still covers the largest variant, and resized to it
 * row by row as the decoder writes the rows, so the decoded original is never held (where
 * the decoder writes rows in order; other originals are decoded in stripes: the header
 * decides, see {@link DecodePath}); each variant is resized from the previous, larger
 * one, and at most two variants are held at a time. The original file is only read.
 * <p>
 * Time stays bounded too: each render runs on a thread of its own, and one still running
 * at the time limit is interrupted; the decoders, the resampler and the variant loop
 * check for that at every row, stripe and variant, so its thread ends and its memory is
 * freed.
 * <p>
 * Thread-safe: each call works on its own rasters and ImageIO readers and writers.
 */
public final class ImagePipeline {

	private final long maxPixels;

	private final ImageDecoder decoder;

	private final VariantWriter writer;

	private final int decodeBudgetMegapixels;

	private final Semaphore decodeBudget;

	private final Duration timeLimit;

	private final ThreadFactory renderThreads;

	/**
	 * How long a render past its time limit is waited for to stop once interrupted: a
	 * decoder stops at its next row or progress report, normally within milliseconds.
	 */
	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	private static final AtomicInteger RENDERS = new AtomicInteger();

	private static final Logger log = LoggerFactory.getLogger(ImagePipeline.class);

	/**
	 * The most decoded pixels held at once for an original decoded in stripes
	 * ({@link DecodePath#STRIPES}): up to 16 MB, which keeps the largest such original
	 * within the worker's 104 MiB heap next to its variants (bench/README.md). Each
	 * stripe decodes again from the top: a 12 MP progressive JPEG costs three decodes
	 * (its largest variant, 2560 wide, needs no subsampling), a 24 MP one two (subsampled
	 * by 2).
	 */
	static final long STRIPE_PIXELS = 4_000_000;

	/**
	 * @param properties the JPEG quality and the decode budget: how many megapixels all
	 * renders of this pipeline may hold at once (a render streamed from a 12 MP photo
	 * holds 10 MP, its two largest variants; one decoded in stripes holds a stripe as
	 * well)
	 * @param maxPixels the largest width times height accepted
	 */
	public ImagePipeline(ImagePipelineProperties properties, long maxPixels) {
		this(properties, maxPixels, ImagePipeline::renderThread);
	}

	/**
	 * @param renderThreads makes the thread each render runs on, so that a render past
	 * its time limit can be interrupted without touching the caller's thread
	 */
	public ImagePipeline(ImagePipelineProperties properties, long maxPixels, ThreadFactory renderThreads) {
		this.maxPixels = maxPixels;
		this.decoder = new ImageDecoder(maxPixels);
		this.writer = new VariantWriter(properties.jpegQuality());
		this.decodeBudgetMegapixels = properties.decodeBudgetMegapixels();
		this.decodeBudget = new Semaphore(this.decodeBudgetMegapixels, true);
		this.timeLimit = properties.jobTimeLimit();
		this.renderThreads = renderThreads;
	}

	/**
	 * What an original's header says, read without decoding anything, for an original no
	 * media row describes yet.
	 * @throws UnprocessableImageException if it is not an image this pipeline can read
	 * @throws IOException if the storage fails: retry later
	 */
	public static ImageInfo probe(Path original) throws IOException {
		try {
			return ImageProbe.probe(original);
		}
		catch (UnsupportedImageException | MalformedImageException ex) {
			throw new UnprocessableImageException(ex.getMessage(), ex);
		}
	}

	/**
	 * Renders every variant the original needs into new files inside
	 * {@code workDirectory} (the caller moves them into place and deletes the directory's
	 * leftovers). Every original gets at least one: {@link VariantSize#FULL} or
	 * {@link VariantSize#SCALED}.
	 * @param original the uploaded file, never modified
	 * @param info what its header says ({@link #probe}), which decides how it is decoded
	 * @param workDirectory an existing directory for the variants, named
	 * {@code <size name>.<extension>}
	 * @return the variants, in the order of {@link VariantSize}
	 * @throws UnprocessableImageException if the image is corrupt, unsupported, over the
	 * pixel limit, or took longer than the time limit to render, counted once it has its
	 * share of the decode budget: retrying cannot help
	 * @throws IOException if the storage fails, or the caller was interrupted: retry
	 * later
	 */
	public List<RenderedVariant> render(Path original, ImageInfo info, Path workDirectory) throws IOException {
		if (info.pixels() > this.maxPixels) {
			throw UnprocessableImageException.overPixelLimit(info.width(), info.height(), this.maxPixels);
		}
		List<Target> targets = Target.plan(info.displayWidth(), info.displayHeight());
		Target first = targets.get(0);
		int subsampling = subsampling(info, first);
		int width = storedWidth(info, first);
		int height = storedHeight(info, first);
		DecodePath path = DecodePath.of(info);
		// streamed, a render holds the largest variant and the
		// next one, resized from it; in stripes, a stripe too
		int permits = (path == DecodePath.ROWS) ? permits(2 * first.scaledPixels(), this.decodeBudgetMegapixels)
				: stripedPermits(info, first, subsampling, this.decodeBudgetMegapixels);
		this.decodeBudget.acquireUninterruptibly(permits);
		// the render thread gives the permits back when it ends, which may be after a
		// render past its time limit was given up on: its pixels are still held until
		// then
		FutureTask<List<RenderedVariant>> render = new FutureTask<>(() -> {
			try {
				RenderStoppedException.check();
				Pixels largest = switch (path) {
					case ROWS -> this.decoder.decodeResized(original, info.type(), subsampling, width, height);
					case STRIPES ->
						this.decoder.decodeInStripes(original, info.type(), subsampling, width, height, STRIPE_PIXELS);
				};
				return render(largest, info, targets, workDirectory);
			}
			finally {
				this.decodeBudget.release(permits);
			}
		});
		Thread thread;
		try {
			thread = this.renderThreads.newThread(render);
			thread.start();
		}
		catch (RuntimeException | Error ex) {
			this.decodeBudget.release(permits);
			throw ex;
		}
		return awaitWithinLimit(render, thread);
	}

	/**
	 * The render's variants, or what it threw; a render past the time limit is
	 * interrupted and refused. So is one whose caller is interrupted (the worker shutting
	 * down), as an {@link InterruptedIOException} for the job to be retried.
	 */
	private List<RenderedVariant> awaitWithinLimit(FutureTask<List<RenderedVariant>> render, Thread thread)
			throws IOException {
		try {
			return render.get(this.timeLimit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			stop(thread);
			throw UnprocessableImageException.tookTooLong(this.timeLimit);
		}
		catch (InterruptedException ex) {
			stop(thread);
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while rendering an image");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * Interrupts the render and waits a little for its thread to end, so that the caller
	 * may delete the work directory and the render's memory is free for the next job.
	 */
	private static void stop(Thread thread) {
		thread.interrupt();
		try {
			thread.join(STOP_GRACE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			log.warn("A render past its time limit did not stop within {} of being interrupted; it keeps its share "
					+ "of the decode budget until it does", STOP_GRACE);
		}
	}

	private static Thread renderThread(Runnable render) {
		Thread thread = new Thread(render, "image-render-" + RENDERS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}

	/**
	 * The share of the budget of a render decoded in stripes: its two largest variants
	 * and a stripe; and for a progressive JPEG, the JDK decoder's native buffer of every
	 * DCT coefficient of the whole image, whatever the subsampling. That buffer measured
	 * about 6.7 bytes a pixel (bench/README.md), so counted as 7/4 of a 4-byte pixel, a
	 * progressive JPEG of about 6 MP or more takes the whole budget and decodes alone.
	 */
	static int stripedPermits(ImageInfo info, Target first, int subsampling, int budgetMegapixels) {
		long stripe = Math.min(STRIPE_PIXELS, info.pixels() / subsampling / subsampling);
		long held = 2 * first.scaledPixels() + stripe;
		if (info.type() == ImageType.JPEG && info.progressive()) {
			held += info.pixels() * 7 / 4;
		}
		return permits(held, budgetMegapixels);
	}

	/**
	 * A render's share of the budget: the megapixels it holds, at least one, at most the
	 * whole budget.
	 */
	static int permits(long heldPixels, int budgetMegapixels) {
		long megapixels = (heldPixels + 999_999) / 1_000_000;
		return (int) Math.max(1, Math.min(megapixels, budgetMegapixels));
	}

	/**
	 * The variants, each resized from the one before, starting from the largest (not yet
	 * turned upright).
	 */
	private List<RenderedVariant> render(Pixels largest, ImageInfo info, List<Target> targets, Path workDirectory)
			throws IOException {
		ImageType format = (info.type() == ImageType.PNG || largest.hasAlpha()) ? ImageType.PNG : ImageType.JPEG;
		// orientation is applied after the first resize, which is cheaper than turning
		// the full original and gives the same pixels, since the filter is symmetric
		Pixels current = Orientation.apply(largest, info.orientation());
		List<RenderedVariant> variants = new ArrayList<>(targets.size());
		for (Target target : targets) {
			RenderStoppedException.check();
			current = Resampler.resize(current, target.scaledWidth(), target.scaledHeight());
			Pixels variant = current.centreCrop(target.width(), target.height());
			variants.add(this.writer.write(variant, target.size(), workDirectory, format));
		}
		variants.sort(Comparator.comparing(RenderedVariant::size));
		return variants;
	}

	/**
	 * The target's size in the original's stored orientation, before it is turned
	 * upright.
	 */
	private static int storedWidth(ImageInfo info, Target target) {
		return info.swapsDimensions() ? target.scaledHeight() : target.scaledWidth();
	}

	private static int storedHeight(ImageInfo info, Target target) {
		return info.swapsDimensions() ? target.scaledWidth() : target.scaledHeight();
	}

	/**
	 * The largest n for which keeping every n-th pixel still leaves at least the largest
	 * target's size: 8000x6000 for a 2560 target gives 3, decoding 2667x2000.
	 */
	static int subsampling(ImageInfo info, Target largest) {
		return Math.max(1,
				Math.min(info.width() / storedWidth(info, largest), info.height() / storedHeight(info, largest)));
	}

}
