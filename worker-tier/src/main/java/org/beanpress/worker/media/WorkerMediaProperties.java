package org.beanpress.worker.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jpegQuality quality of JPEG variants (WordPress uses 82)
 * @param decodeBudgetMegapixels decoded megapixels all image jobs of one worker may hold at once (memory bound)
 */
@ConfigurationProperties("beanpress.worker.media")
record WorkerMediaProperties(@DefaultValue("0.82") float jpegQuality, @DefaultValue("30") int decodeBudgetMegapixels) {
}
