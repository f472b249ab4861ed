package org.beanpress.core.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.beanpress.core.settings.PositiveSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on uploads, checked before anything is decoded.
 *
 * @param maxUploadSize largest file accepted (nginx and the multipart limit are set from
 * it too)
 * @param maxPixels largest width x height accepted, read from the header
 */
@Validated
@ConfigurationProperties("beanpress.media")
public record MediaProperties(@DefaultValue("20MB") @PositiveSize DataSize maxUploadSize,
		@DefaultValue("50000000") @Min(1) @Max(1_000_000_000) long maxPixels) {
}
