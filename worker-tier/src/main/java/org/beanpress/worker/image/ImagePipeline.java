package org.beanpress.worker.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MalformedImageException;
import org.beanpress.core.media.UnsupportedImageException;

/**
 * Makes WordPress's size set from an original: upright (EXIF orientation applied), without metadata,
 * JPEG at the configured quality, or PNG with its transparency for PNG originals and for GIF and WebP
 * ones with alpha.
 * <p>
 * Memory stays bounded by the variants, not the original: the header is checked against the pixel
 * limit before anything is decoded; the original is decoded once, subsampled down to the smallest
 * raster that still covers the largest variant; each variant is resized from the previous, larger one,
 * and at most two rasters are held at a time. The original file is only read.
 * <p>
 * Thread-safe: each call works on its own rasters and ImageIO readers and writers.
 */
public final class ImagePipeline {

	private final long maxPixels;

	private final ImageDecoder decoder;

	private final VariantWriter writer;

	private final int decodeBudgetMegapixels;

	private final Semaphore decodeBudget;

	/** Two 12 MP photos at once fit; a 26 MP one decoded at full size waits for the other. */
	static final int DEFAULT_DECODE_BUDGET_MEGAPIXELS = 30;

	/**
	 * @param jpegQuality JPEG quality of the variants, 0 to 1 (WordPress uses 0.82)
	 * @param maxPixels the largest width times height accepted (50,000,000 by default)
	 */
	public ImagePipeline(float jpegQuality, long maxPixels) {
		this(jpegQuality, maxPixels, DEFAULT_DECODE_BUDGET_MEGAPIXELS);
	}

	/**
	 * @param decodeBudgetMegapixels how many decoded megapixels all renders of this pipeline may hold at once: a
	 * render whose decoded original would go over it waits for others to finish, so memory stays bounded whatever
	 * arrives together (two originals of 5000 x 5000, which are decoded at full size, would need about 150 MB)
	 */
	public ImagePipeline(float jpegQuality, long maxPixels, int decodeBudgetMegapixels) {
		if (jpegQuality <= 0 || jpegQuality > 1) {
			throw new IllegalArgumentException("jpegQuality must be in (0, 1], got " + jpegQuality);
		}
		if (maxPixels <= 0) {
			throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
		}
		if (decodeBudgetMegapixels <= 0) {
			throw new IllegalArgumentException("decodeBudgetMegapixels must be positive, got " + decodeBudgetMegapixels);
		}
		this.maxPixels = maxPixels;
		this.decoder = new ImageDecoder(maxPixels);
		this.writer = new VariantWriter(jpegQuality);
		this.decodeBudgetMegapixels = decodeBudgetMegapixels;
		this.decodeBudget = new Semaphore(decodeBudgetMegapixels, true);
	}

	/**
	 * Renders every variant the original needs into new files inside {@code workDirectory} (the caller
	 * moves them into place and deletes the directory's leftovers). An original no larger than the
	 * thumbnail needs none.
	 * @param original the uploaded file, never modified
	 * @param workDirectory an existing directory for the variants, named {@code <size name>.<extension>}
	 * @return the variants, in the order of {@link VariantSize}
	 * @throws UnprocessableImageException if the image is corrupt, unsupported or over the pixel limit:
	 * retrying cannot help
	 * @throws IOException if the storage fails: retry later
	 */
	public List<RenderedVariant> render(Path original, Path workDirectory) throws IOException {
		ImageInfo info = probe(original);
		if (info.pixels() > this.maxPixels) {
			throw UnprocessableImageException.overPixelLimit(info.width(), info.height(), this.maxPixels);
		}
		List<Target> targets = Target.plan(info.displayWidth(), info.displayHeight());
		if (targets.isEmpty()) {
			return List.of();
		}
		int subsampling = subsampling(info, targets.get(0));
		int permits = permits((long) (info.width() / subsampling) * (info.height() / subsampling),
				this.decodeBudgetMegapixels);
		this.decodeBudget.acquireUninterruptibly(permits);
		try {
			return render(original, info, targets, subsampling, workDirectory);
		}
		finally {
			this.decodeBudget.release(permits);
		}
	}

	/** The decoded original's share of the budget: its megapixels, at least one, at most the whole budget. */
	static int permits(long decodedPixels, int budgetMegapixels) {
		long megapixels = (decodedPixels + 999_999) / 1_000_000;
		return (int) Math.max(1, Math.min(megapixels, budgetMegapixels));
	}

	private List<RenderedVariant> render(Path original, ImageInfo info, List<Target> targets, int subsampling,
			Path workDirectory) throws IOException {
		Pixels current = this.decoder.decode(original, info.type(), subsampling);
		String extension = (info.type() == ImageType.PNG || current.hasAlpha()) ? VariantWriter.PNG
				: VariantWriter.JPEG;
		boolean upright = false;
		List<RenderedVariant> variants = new ArrayList<>(targets.size());
		for (Target target : targets) {
			// orientation is applied after the first resize, which is cheaper than turning the full
			// original and gives the same pixels, since the filter is symmetric
			boolean stored = !upright && info.swapsDimensions();
			current = Resampler.resize(current, stored ? target.scaledHeight() : target.scaledWidth(),
					stored ? target.scaledWidth() : target.scaledHeight());
			if (!upright) {
				current = Orientation.apply(current, info.orientation());
				upright = true;
			}
			Pixels variant = current.centreCrop(target.width(), target.height());
			variants.add(this.writer.write(variant, target.size(), workDirectory, extension));
		}
		variants.sort(Comparator.comparing(RenderedVariant::size));
		return variants;
	}

	private static ImageInfo probe(Path original) throws IOException {
		try {
			return ImageProbe.probe(original);
		}
		catch (UnsupportedImageException | MalformedImageException ex) {
			throw new UnprocessableImageException(ex.getMessage(), ex);
		}
	}

	/**
	 * The largest n for which keeping every n-th pixel still leaves at least the largest target's size:
	 * 8000x6000 for a 2560 target gives 3, decoding 2667x2000.
	 */
	static int subsampling(ImageInfo info, Target largest) {
		int width = info.swapsDimensions() ? largest.scaledHeight() : largest.scaledWidth();
		int height = info.swapsDimensions() ? largest.scaledWidth() : largest.scaledHeight();
		return Math.max(1, Math.min(info.width() / width, info.height() / height));
	}

}
