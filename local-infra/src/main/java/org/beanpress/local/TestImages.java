package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real camera and phone images in the repository's sibling folder
 * ../shared/testdata/images.
 */
public final class TestImages {

	private TestImages() {
	}

	/**
	 * The folder: next to the repository root, which surefire names in
	 * {@code beanpress.repository-root}; else found from the working directory (the first
	 * folder above it holding the Maven wrapper's {@code .mvn}).
	 */
	public static Path folder() {
		var root = System.getProperty("beanpress.repository-root");
		var base = root != null && !root.isBlank() ? Path.of(root) : findRepositoryRoot();
		return base.resolve("../shared/testdata/images").toAbsolutePath().normalize();
	}

	public static Path file(String relative) {
		var file = folder().resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Test image missing: " + file);
		}
		return file;
	}

	/** The JPEG files of one or more of its sub-folders, sorted by name. */
	public static List<Path> jpegsIn(String... subFolders) {
		return Stream.of(subFolders).flatMap(TestImages::listJpegs).sorted().toList();
	}

	private static Stream<Path> listJpegs(String subFolder) {
		try (var files = Files.list(folder().resolve(subFolder))) {
			return files.filter(file -> file.getFileName().toString().endsWith(".jpg")).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path findRepositoryRoot() {
		for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(".mvn"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Run the tests inside the repository");
	}

}
