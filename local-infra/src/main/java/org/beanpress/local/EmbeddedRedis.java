package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	private final RedisServer server;

	private final int port;

	private EmbeddedRedis(RedisServer server, int port) {
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
			RedisServerBuilder builder = RedisServer.newRedisServer()
				.bind(LoopbackPorts.LOOPBACK)
				.port(chosenPort)
				// redis-server writes its log to stdout; without
				// a reader the pipe fills up and it blocks
				.soutListener(line -> LOG.debug("redis-server: {}", line))
				.serrListener(line -> LOG.warn("redis-server: {}", line));
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
			RedisServer server = builder.build();
			server.start();
			LOG.info("Redis ready on 127.0.0.1:{} ({})", chosenPort,
					dataDirectory == null ? "in memory only" : "data in " + dataDirectory);
			return new EmbeddedRedis(server, chosenPort);
		}
		catch (IOException e) {
			throw new UncheckedIOException("redis-server did not start on port " + chosenPort, e);
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
		try {
			server.stop();
		}
		catch (IOException e) {
			throw new UncheckedIOException("redis-server on port " + port + " did not stop", e);
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
