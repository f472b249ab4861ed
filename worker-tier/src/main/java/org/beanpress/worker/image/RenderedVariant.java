package org.beanpress.worker.image;

import java.nio.file.Path;

import org.beanpress.core.media.ImageType;

/**
 * A variant written by {@link ImagePipeline}.
 *
 * @param size the size it was made for
 * @param file its final file, inside the work directory given to the pipeline
 * @param format how it is encoded: JPEG, or PNG to keep transparency
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes its file size
 */
public record RenderedVariant(VariantSize size, Path file, ImageType format, int width, int height, long bytes) {

}
