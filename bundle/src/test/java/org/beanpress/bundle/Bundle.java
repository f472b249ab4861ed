package org.beanpress.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

/** The application version the build made, and the repository it was made from. */
final class Bundle {

	private Bundle() {
	}

	static Path zip() {
		return Path.of(System.getProperty("beanpress.bundle", "target/beanpress.zip"));
	}

	static Path repositoryRoot() {
		return Path.of(System.getProperty("beanpress.repository-root", "..")).toAbsolutePath().normalize();
	}

	static List<String> entries() {
		try (var zip = new ZipFile(zip().toFile())) {
			return zip.stream().map(entry -> entry.getName()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Unpacks the bundle as the platform does before it starts the Procfile's processes.
	 */
	static Path unpack(Path into) {
		try (var zip = new ZipFile(zip().toFile())) {
			for (var entry : zip.stream().toList()) {
				var target = into.resolve(entry.getName()).normalize();
				if (!target.startsWith(into)) {
					throw new IllegalStateException("Entry outside the bundle: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (var in = zip.getInputStream(entry)) {
					Files.copy(in, target);
				}
			}
			return into;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The command of the Procfile's {@code web} process, the one the platform starts and
	 * nginx forwards to.
	 */
	static String webCommand(Path application) {
		try {
			var first = Files.readAllLines(application.resolve("Procfile")).get(0);
			if (!first.startsWith("web:")) {
				throw new IllegalStateException("The Procfile's first process is not web: " + first);
			}
			return first.substring("web:".length()).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
