package org.beanpress.worker.image;

import java.nio.file.Path;

/**
 * A variant written by {@link ImagePipeline}.
 *
 * @param size the size it was made for
 * @param file its final file, inside the work directory given to the pipeline
 * @param extension {@code jpg} or {@code png}, without the dot
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes its file size
 */
public record RenderedVariant(VariantSize size, Path file, String extension, int width, int height, long bytes) {

}
