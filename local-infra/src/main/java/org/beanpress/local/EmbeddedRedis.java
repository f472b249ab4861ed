package org.beanpress.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/**
 * A redis-server process (the 6.2 binary bundled in embedded-redis) that stands in for
 * ElastiCache: RESP on 127.0.0.1, optionally persisting to a folder so sessions and
 * caches survive a restart of the local stack.
 */
public final class EmbeddedRedis implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

	private static final long READY_TIMEOUT_SECONDS = 30;

	private static final long STOP_TIMEOUT_SECONDS = 20;

	private final Process server;

	private final int port;

	private EmbeddedRedis(Process server, int port) {
		this.server = server;
		this.port = port;
	}

	/**
	 * Starts redis-server on 127.0.0.1 and returns once it accepts connections.
	 * @param dataDirectory {@code null} for a memory-only server, or a folder (created if
	 * missing) for its append-only file and RDB snapshot, so the data survives a restart
	 * on the same folder
	 * @param port the TCP port, or 0 for a free one
	 * @return the running server
	 * @throws UncheckedIOException if the process does not start (a taken port, a missing
	 * libssl.so.3)
	 */
	public static EmbeddedRedis start(Path dataDirectory, int port) {
		int chosenPort = LoopbackPorts.resolve(port);
		try {
			RedisServerBuilder builder = RedisServer.newRedisServer().bind(LoopbackPorts.LOOPBACK).port(chosenPort);
			if (dataDirectory == null) {
				builder.setting("save \"\"").setting("appendonly no");
			}
			else {
				Path dataDir = Files.createDirectories(dataDirectory.toAbsolutePath().normalize());
				// AOF with fsync every second, plus the default
				// RDB save points (and a final save on SIGTERM)
				builder.setting("dir " + quoted(dataDir.toString()))
					.setting("appendonly yes")
					.setting("appendfsync everysec");
			}
			// Only the library's command line (binary, config file) is used: its
			// RedisServer#start adds a JVM shutdown hook that stops redis-server at
			// once, while the tiers of the local stack, stopped first, still use it.
			Process server = new ProcessBuilder(OwnSession.of(builder.buildCommandArgs())).redirectErrorStream(true)
				.start();
			awaitReady(server, chosenPort);
			LOG.info("Redis ready on 127.0.0.1:{} ({})", chosenPort,
					dataDirectory == null ? "in memory only" : "data in " + dataDirectory);
			return new EmbeddedRedis(server, chosenPort);
		}
		catch (IOException e) {
			throw new UncheckedIOException("redis-server did not start on port " + chosenPort, e);
		}
	}

	/**
	 * Reads redis-server's log (stdout: without a reader the pipe fills up and it blocks)
	 * until it says it is ready.
	 */
	private static void awaitReady(Process server, int port) throws IOException {
		var ready = new CompletableFuture<Void>();
		var reader = new Thread(() -> {
			String line = null;
			String last = null;
			try (var lines = new BufferedReader(
					new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
				while ((line = lines.readLine()) != null) {
					last = line;
					LOG.debug("redis-server: {}", line);
					if (line.contains("Ready to accept connections")) {
						ready.complete(null);
					}
				}
			}
			catch (IOException ex) {
				// the process is gone; the future below tells
			}
			// what it said last says why (a taken port, a missing libssl.so.3)
			ready.completeExceptionally(new IOException("redis-server exited before it was ready: " + last));
		}, "redis-server-" + port + "-log");
		reader.setDaemon(true);
		reader.start();
		try {
			ready.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			server.destroyForcibly();
			throw new IOException("redis-server was not ready on port " + port, ex);
		}
		catch (InterruptedException ex) {
			server.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while redis-server started", ex);
		}
	}

	/**
	 * Returns the TCP port the server listens on (on 127.0.0.1).
	 * @return the port
	 */
	public int port() {
		return port;
	}

	/**
	 * Stops redis-server (SIGTERM, so it writes its data first) and waits until the
	 * process has exited. Calling it again does nothing.
	 */
	@Override
	public void close() {
		server.destroy();
		try {
			if (!server.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				throw new IllegalStateException("redis-server on port " + port + " did not stop; killed");
			}
		}
		catch (InterruptedException e) {
			server.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A redis.conf string argument: double quotes allow spaces, with backslash and quote
	 * escaped.
	 */
	private static String quoted(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
