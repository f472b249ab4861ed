package org.beanpress.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real camera and phone images in the repository's sibling folder ../shared/testdata/images. */
public final class TestImages {

	private TestImages() {
	}

	public static Path file(String relative) {
		var root = System.getProperty("beanpress.repository-root");
		var base = root != null ? Path.of(root) : findRepositoryRoot();
		var file = base.resolve("../shared/testdata/images").resolve(relative).normalize();
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Test image missing: " + file);
		}
		return file;
	}

	private static Path findRepositoryRoot() {
		var dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run the tests inside the repository");
		}
		return dir;
	}

}
