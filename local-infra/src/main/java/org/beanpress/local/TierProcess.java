package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One tier running in its own JVM, configured only through environment variables: the
 * same way Elastic Beanstalk runs it, so the local stack and the tests exercise the real
 * start-up path.
 */
public final class TierProcess implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

	private final String name;

	private final Process process;

	private final String host;

	private final int port;

	private final Path log;

	private TierProcess(String name, Process process, String host, int port, Path log) {
		this.name = name;
		this.process = process;
		this.host = host;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts a tier from its executable jar, with the JVM flags the local stack uses.
	 * @param host where the tier answers HTTP (its probe and {@link #url()})
	 */
	public static TierProcess startJar(String name, Path jar, String host, int port, Map<String, String> environment,
			Path logDirectory) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"No " + name + " jar at " + jar.toAbsolutePath() + ": build it first (./mvnw -DskipTests package)");
		}
		var java = ProcessHandle.current().info().command().orElse("java");
		return launch(name, List.of(java, "-XX:+UseSerialGC", "-Xss512k", "-jar", jar.toAbsolutePath().toString()),
				Path.of("."), host, port, environment, logDirectory);
	}

	/**
	 * Starts a tier with any command (a Procfile's, say) in a working directory. The
	 * command must end up as the tier's JVM (a shell script {@code exec}s it) so that
	 * {@link #close()} reaches it.
	 */
	public static TierProcess start(String name, List<String> command, Path workingDirectory, int port,
			Map<String, String> environment, Path logDirectory) {
		return launch(name, command, workingDirectory, "localhost", port, environment, logDirectory);
	}

	private static TierProcess launch(String name, List<String> command, Path workingDirectory, String host, int port,
			Map<String, String> environment, Path logDirectory) {
		try {
			Files.createDirectories(logDirectory);
			var log = logDirectory.resolve(name + ".log");
			var builder = new ProcessBuilder(OwnSession.of(command)).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
			builder.environment().putAll(environment);
			builder.environment().put("PORT", Integer.toString(port));
			return new TierProcess(name, builder.start(), host, port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/**
	 * Spring properties as environment variables (Spring's relaxed binding: upper case,
	 * dots to underscores, dashes dropped), the way Elastic Beanstalk environment
	 * properties reach the application.
	 */
	public static Map<String, String> environmentOf(Map<String, String> properties) {
		var environment = new HashMap<String, String>();
		properties.forEach((name, value) -> environment
			.put(name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""), value));
		return environment;
	}

	/**
	 * Waits until the tier's readiness probe answers 200 (database and Redis reachable,
	 * start-up done).
	 */
	public void awaitReady() {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		var probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		var deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + name, ex);
			}
			pause();
		}
		throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT + "; see " + log);
	}

	public String url() {
		return "http://" + host + ":" + port;
	}

	/** The process id: the tier's JVM once a launcher script has {@code exec}ed it. */
	public long pid() {
		return process.pid();
	}

	public Path log() {
		return log;
	}

	/** SIGKILL: the process ends at once, holding whatever it held. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * SIGTERM without waiting, so that several tiers shut down at once; {@link #close()}
	 * then waits for this one.
	 */
	public void requestStop() {
		process.destroy();
	}

	/**
	 * SIGTERM, as Elastic Beanstalk and Auto Scaling send it: the tier shuts down
	 * gracefully; forced after a bound.
	 */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
