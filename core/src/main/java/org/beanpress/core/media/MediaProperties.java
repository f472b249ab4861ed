package org.beanpress.core.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads, checked before anything is decoded.
 *
 * @param maxUploadSize largest file accepted (nginx and the multipart limit are set from
 * it too)
 * @param maxPixels largest width x height accepted, read from the header
 */
@ConfigurationProperties("beanpress.media")
public record MediaProperties(@DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("50000000") long maxPixels) {
}
