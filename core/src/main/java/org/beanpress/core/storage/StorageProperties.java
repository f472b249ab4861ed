package org.beanpress.core.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shared storage: a folder every instance sees (the EFS mount in AWS,
 * {@code .beanpress/storage} locally).
 *
 * @param root the folder; media keys resolve below it
 */
@ConfigurationProperties("beanpress.storage")
public record StorageProperties(@DefaultValue(".beanpress/storage") Path root) {
}
