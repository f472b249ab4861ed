package org.beanpress.core.storage;

import java.nio.file.Path;

/**
 * An upload streamed into a temporary file of the shared storage, with its size and
 * SHA-256 (hex).
 */
public record ReceivedFile(Path path, long bytes, String sha256) {
}
