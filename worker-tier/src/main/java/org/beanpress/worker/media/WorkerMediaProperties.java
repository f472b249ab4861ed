package org.beanpress.worker.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jpegQuality quality of JPEG variants (WordPress uses 82)
 * @param decodeBudgetMegapixels megapixels all image jobs of one worker may hold at once
 * (memory bound: up to 4 bytes each, so the default 20 keeps the image work within 80 MB
 * of heap)
 */
@ConfigurationProperties("beanpress.worker.media")
record WorkerMediaProperties(@DefaultValue("0.82") float jpegQuality, @DefaultValue("20") int decodeBudgetMegapixels) {
}
