package org.beanpress.worker.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.settings.PropertyDefaults;

/**
 * The pipeline with the worker's default settings, probing each original first as the
 * image job does for media whose row holds no probe.
 */
final class DefaultPipeline {

	private final ImagePipeline pipeline = new ImagePipeline(PropertyDefaults.of(ImagePipelineProperties.class),
			PropertyDefaults.of(MediaProperties.class).maxPixels());

	List<RenderedVariant> render(Path original, Path workDirectory) throws IOException {
		return this.pipeline.render(original, ImagePipeline.probe(original), workDirectory);
	}

}
