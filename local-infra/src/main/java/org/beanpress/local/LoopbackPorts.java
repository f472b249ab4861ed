package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks TCP ports on the loopback interface, where all the embedded servers listen. */
public final class LoopbackPorts {

	/**
	 * The only address the embedded servers bind to: nothing of the local stack is
	 * reachable from outside.
	 */
	public static final String LOOPBACK = "127.0.0.1";

	private LoopbackPorts() {
	}

	/**
	 * Returns {@code requested}, or a port that is free right now when {@code requested}
	 * is 0.
	 *
	 * <p>
	 * Why not let each server bind port 0 itself: redis-server reads port 0 as "no TCP at
	 * all", MariaDB would fall back to 3306, and ElasticMQ writes the configured port
	 * into its queue URLs. The small race between closing this probe socket and the
	 * server binding is accepted for a local stand-in.
	 */
	public static int resolve(int requested) {
		if (requested < 0 || requested > 65_535) {
			throw new IllegalArgumentException("port must be 0..65535, was " + requested);
		}
		return requested != 0 ? requested : findFree();
	}

	private static int findFree() {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return probe.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("no free port on " + LOOPBACK, e);
		}
	}

}
