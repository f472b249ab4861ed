package org.beanpress.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedStorageTests {

	@TempDir
	Path root;

	SharedStorage storage;

	@BeforeEach
	void storage() {
		storage = new SharedStorage(new StorageProperties(root));
	}

	@Test
	void shouldStreamAnUploadIntoATemporaryFileAndHashIt() throws Exception {
		var bytes = "some image bytes".repeat(10_000).getBytes();

		var received = storage.receive(new ByteArrayInputStream(bytes), bytes.length);

		assertThat(received.bytes()).isEqualTo(bytes.length);
		assertThat(received.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(Files.readAllBytes(received.path())).isEqualTo(bytes);
		assertThat(received.path().getParent()).isEqualTo(root.resolve("tmp"));
	}

	@Test
	void shouldStopReadingPastTheLimitAndKeepNothing() {
		var endless = new InputStream() {
			@Override
			public int read() {
				return 7;
			}
		};

		assertThatThrownBy(() -> storage.receive(endless, 1024 * 1024)).isInstanceOf(UploadTooLargeException.class)
			.hasMessageContaining("1048576 bytes");
		assertThat(root.resolve("tmp")).isEmptyDirectory();
	}

	@Test
	void shouldMoveAFileUnderItsKeyOnceAndDropTheSecondCopy() throws IOException {
		var first = storage.receive(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 10);
		var second = storage.receive(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 10);

		assertThat(storage.publish(first, "originals/1/abc.jpg")).isTrue();
		assertThat(storage.publish(second, "originals/1/abc.jpg")).isFalse();

		assertThat(root.resolve("originals/1/abc.jpg")).hasBinaryContent(new byte[] { 1, 2, 3 });
		assertThat(root.resolve("tmp")).isEmptyDirectory();
	}

	@Test
	void shouldFailPublishingWhenTheFolderCannotBeMade() throws IOException {
		Files.createDirectories(root.resolve("originals"));
		Files.writeString(root.resolve("originals/2"), "a file, not a folder");
		var received = storage.receive(new ByteArrayInputStream(new byte[] { 1 }), 10);

		assertThatThrownBy(() -> storage.publish(received, "originals/2/abc.jpg"))
			.isInstanceOf(UncheckedIOException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../etc/passwd", "/etc/passwd", "originals/../../x", "originals/./x", "UPPER/x.jpg",
			"originals//x", "originals/x\\y", "", "originals/.hidden", "originals/x y.jpg", "originals/%2e%2e/x" })
	void shouldRejectAnythingThatIsNotAWellFormedKey(String key) {
		assertThat(SharedStorage.isValidKey(key)).isFalse();
		assertThatThrownBy(() -> storage.resolve(key)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldResolveWellFormedKeysBelowTheRoot() {
		assertThat(storage.resolve("originals/12/0af3.jpg")).isEqualTo(root.resolve("originals/12/0af3.jpg"));
	}

}
