package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTests {

	@TempDir
	Path data;

	@Test
	void shouldGenerateAPasswordAtTheFirstStartAndShowItThatOnceOnly() throws IOException {
		var first = AdminPassword.of(null, data);
		var second = AdminPassword.of(null, data);

		assertThat(first.value()).isNotEqualTo("beanpress-admin").hasSizeGreaterThanOrEqualTo(20);
		assertThat(second.value()).isEqualTo(first.value());
		assertThat(first.describe()).contains(first.value());
		assertThat(second.describe()).doesNotContain(first.value()).contains(first.file().toString());
		assertThat(Files.getPosixFilePermissions(first.file()))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
	}

	@Test
	void shouldGenerateADifferentPasswordForEachDataFolder() {
		assertThat(AdminPassword.of(null, data.resolve("one")).value())
			.isNotEqualTo(AdminPassword.of(null, data.resolve("two")).value());
	}

	@Test
	void shouldUseTheConfiguredPasswordWithoutKeepingOrShowingIt() {
		var configured = AdminPassword.of("a scripted password", data);

		assertThat(configured.value()).isEqualTo("a scripted password");
		assertThat(configured.describe()).doesNotContain("a scripted password");
		assertThat(data.resolve(AdminPassword.FILE_NAME)).doesNotExist();
	}

}
