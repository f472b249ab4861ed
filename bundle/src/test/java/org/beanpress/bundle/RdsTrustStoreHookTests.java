package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prebuild hook that turns the RDS certificate bundle into the trust store the JDBC
 * URLs name, run on a bundle of three certificates made here (served from a file: URL in
 * place of AWS's).
 */
class RdsTrustStoreHookTests {

	private static final String HOOK = ".platform/hooks/prebuild/05_rds_trust_store.sh";

	@TempDir
	Path folder;

	@Test
	void shouldTrustEveryCertificateOfTheBundle() throws Exception {
		var bundle = bundleOf(3);
		var store = folder.resolve("pki/rds-ca.p12");

		var run = runHook(bundle, store);

		assertThat(run.status()).as(run.output()).isZero();
		var trusted = KeyStore.getInstance("PKCS12");
		try (var in = new FileInputStream(store.toFile())) {
			trusted.load(in, "rds-ca-bundle".toCharArray());
		}
		var certificates = new ArrayList<Certificate>();
		for (var alias : Collections.list(trusted.aliases())) {
			assertThat(trusted.isCertificateEntry(alias)).as(alias).isTrue();
			certificates.add(trusted.getCertificate(alias));
		}
		assertThat(certificates).containsExactlyInAnyOrderElementsOf(read(bundle));
	}

	@Test
	void shouldFailTheDeploymentAndKeepTheOldStoreWhenTheBundleHoldsNoCertificate() throws Exception {
		var store = folder.resolve("pki/rds-ca.p12");
		assertThat(runHook(bundleOf(1), store).status()).isZero();
		var before = Files.readAllBytes(store);
		var empty = Files.writeString(folder.resolve("empty.pem"), "<html>maintenance</html>\n");

		var run = runHook(empty, store);

		assertThat(run.status()).isNotZero();
		assertThat(run.output()).contains("holds no certificate");
		assertThat(Files.readAllBytes(store)).isEqualTo(before);
	}

	private record Run(int status, String output) {
	}

	private Run runHook(Path bundle, Path store) throws IOException, InterruptedException {
		var output = Files.createTempFile(folder, "hook", ".log");
		var builder = new ProcessBuilder("bash", Bundle.repositoryRoot().resolve(HOOK).toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment()
			.putAll(Map.of("BEANPRESS_RDS_CA_BUNDLE_URL", bundle.toUri().toString(), "BEANPRESS_RDS_TRUST_STORE",
					store.toString(), "JAVA_HOME", System.getProperty("java.home")));
		var process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	/**
	 * A PEM file of {@code count} self-signed certificates, as AWS's bundle is laid out.
	 */
	private Path bundleOf(int count) throws IOException, InterruptedException {
		var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		var keys = folder.resolve("keys-" + count + ".p12");
		var pem = new StringBuilder();
		for (var i = 1; i <= count; i++) {
			run(keytool, "-genkeypair", "-keyalg", "EC", "-alias", "ca" + i, "-dname", "CN=Test RDS CA " + i,
					"-validity", "2", "-keystore", keys.toString(), "-storepass", "changeit");
			pem.append(run(keytool, "-exportcert", "-rfc", "-alias", "ca" + i, "-keystore", keys.toString(),
					"-storepass", "changeit"));
		}
		return Files.writeString(folder.resolve("bundle-" + count + ".pem"), pem);
	}

	private static String run(String... command) throws IOException, InterruptedException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	private static List<? extends Certificate> read(Path pem) throws IOException, GeneralSecurityException {
		try (var in = Files.newInputStream(pem)) {
			return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
		}
	}

}
