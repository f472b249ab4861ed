package org.beanpress.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Files every instance shares. Uploads are streamed to a temporary name, then moved to an
 * immutable key; keys are made by the application (never from a client's file name) and
 * checked against a strict pattern, so no key can leave the root.
 */
@Component
public class SharedStorage {

	/**
	 * Lower-case segments of letters, digits, dot, dash and underscore, each starting
	 * with a letter or digit.
	 */
	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9._-]*)*");

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final Path temporary;

	public SharedStorage(StorageProperties properties) {
		this.root = properties.root().toAbsolutePath().normalize();
		this.temporary = root.resolve("tmp");
		try {
			Files.createDirectories(temporary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the shared storage folder " + temporary, ex);
		}
	}

	/**
	 * Streams the input into a temporary file, hashing it on the way, and stops as soon
	 * as it passes {@code maxBytes} (then nothing is kept). Memory use is one buffer,
	 * whatever the size.
	 */
	public ReceivedFile receive(InputStream input, long maxBytes) {
		var path = temporary.resolve("upload-" + UUID.randomUUID() + ".part");
		var digest = sha256();
		try (var out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
			var buffer = new byte[BUFFER];
			long total = 0;
			int read;
			while ((read = input.read(buffer)) != -1) {
				total += read;
				if (total > maxBytes) {
					throw new UploadTooLargeException(maxBytes);
				}
				out.write(buffer, 0, read);
			}
			return new ReceivedFile(path, total, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(path);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("Could not store the upload", io);
			}
			throw (RuntimeException) ex;
		}
	}

	/**
	 * Moves a received file to its key. Keys name their content, so when the key exists
	 * already the same bytes are there: the temporary file is dropped and {@code false}
	 * returned (the caller must not delete the existing file).
	 */
	public boolean publish(ReceivedFile file, String key) {
		var target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the folder for " + key, ex);
		}
		try {
			if (Files.exists(target)) {
				deleteQuietly(file.path());
				return false;
			}
			moveIntoPlace(file.path(), target);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			// another request put the same content there a moment ago
			deleteQuietly(file.path());
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the file under " + key, ex);
		}
	}

	private static void moveIntoPlace(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target);
		}
	}

	/**
	 * Moves a finished file to its key, replacing what may be there (a redelivered job
	 * writes the same key again). The move is atomic where the file system allows, so
	 * readers see the old file or the new one, never half of one.
	 */
	public void moveInto(Path file, String key) {
		var target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			try {
				Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the file under " + key, ex);
		}
	}

	/**
	 * A new, empty folder for one job's temporary files, on the shared file system so
	 * moves out of it are renames.
	 */
	public Path newWorkFolder(String prefix) {
		try {
			return Files.createDirectories(temporary.resolve(prefix + "-" + UUID.randomUUID()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a work folder in " + temporary, ex);
		}
	}

	/** Deletes a work folder and whatever is left in it. */
	public void deleteWorkFolder(Path folder) {
		if (!folder.toAbsolutePath().normalize().startsWith(temporary)) {
			throw new IllegalArgumentException("Not a work folder: " + folder);
		}
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(SharedStorage::deleteQuietly);
		}
		catch (IOException ex) {
			// leftovers are swept by the periodic clean-up
		}
	}

	/**
	 * Deletes what crashed uploads and jobs left in the temporary folder: entries last
	 * modified before {@code cutoff} (a live upload or job keeps writing, so it is
	 * younger). Returns how many entries went.
	 */
	public int deleteTemporaryLeftovers(Instant cutoff) {
		try (var entries = Files.list(temporary)) {
			var old = entries.filter(entry -> lastModified(entry).isBefore(cutoff)).toList();
			old.forEach(entry -> {
				if (Files.isDirectory(entry)) {
					deleteWorkFolder(entry);
				}
				else {
					deleteQuietly(entry);
				}
			});
			return old.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + temporary, ex);
		}
	}

	private static Instant lastModified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		}
		catch (IOException ex) {
			return Instant.MAX;
		}
	}

	/** The file behind a key; rejects anything that is not a well-formed key. */
	public Path resolve(String key) {
		if (!isValidKey(key)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		var path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	public static boolean isValidKey(String key) {
		return key != null && key.length() <= 255 && KEY.matcher(key).matches() && !key.contains("..");
	}

	public void delete(String key) {
		deleteQuietly(resolve(key));
	}

	public void discard(ReceivedFile file) {
		deleteQuietly(file.path());
	}

	public Path root() {
		return root;
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a leftover temporary file is swept by the periodic
			// clean-up; the caller's failure matters more
		}
	}

	/** The SHA-256 (hex) of a file, read in one pass with one buffer. */
	public static String sha256(Path file) throws IOException {
		var digest = sha256();
		try (var in = Files.newInputStream(file)) {
			var buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
