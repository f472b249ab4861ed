package org.beanpress.core.storage;

import java.nio.file.Path;

import org.beanpress.core.settings.UsableFolder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shared storage: a folder every instance sees (the EFS mount in AWS,
 * {@code .beanpress/storage} locally).
 *
 * @param root the folder; media keys resolve below it
 */
@Validated
@ConfigurationProperties("beanpress.storage")
public record StorageProperties(@DefaultValue(".beanpress/storage") @UsableFolder Path root) {
}
