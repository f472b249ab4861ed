package org.beanpress.worker.image;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The image pipeline.
 *
 * @param jpegQuality quality of JPEG variants, above 0 and at most 1 (WordPress uses
 * 0.82)
 * @param decodeBudgetMegapixels megapixels all image jobs of one worker may hold at once:
 * a render that would go over it waits for others to finish, so memory stays bounded
 * whatever arrives together (a render larger than the whole budget waits until it has the
 * budget to itself). At up to 4 bytes a pixel, the default keeps the image work within 80
 * MB of heap.
 * @param jobTimeLimit how long one image's render may take, once it has its share of the
 * decode budget: past it, the render is stopped and the media FAILED, so that a hostile
 * or pathological image cannot keep a worker busy for ever
 */
@Validated
@ConfigurationProperties("beanpress.worker.media")
public record ImagePipelineProperties(
		@DefaultValue("0.82") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") float jpegQuality,
		@DefaultValue("20") @Min(1) @Max(1000) int decodeBudgetMegapixels,
		@DefaultValue("5m") @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration jobTimeLimit) {
}
