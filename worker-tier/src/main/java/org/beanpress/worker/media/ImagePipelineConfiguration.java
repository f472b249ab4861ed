package org.beanpress.worker.media;

import org.beanpress.core.media.MediaProperties;
import org.beanpress.worker.image.ImagePipeline;
import org.beanpress.worker.image.ImagePipelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pipeline for every image job of this worker, as its decode budget bounds them
 * together.
 */
@Configuration(proxyBeanMethods = false)
class ImagePipelineConfiguration {

	@Bean
	ImagePipeline imagePipeline(ImagePipelineProperties properties, MediaProperties limits) {
		return new ImagePipeline(properties, limits.maxPixels());
	}

}
