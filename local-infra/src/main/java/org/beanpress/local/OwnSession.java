package org.beanpress.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a child process in a session of its own. Ctrl-C in a terminal signals the whole
 * foreground process group: without this, redis-server and the tiers would stop at the
 * same moment as the launcher, in no order, instead of being stopped by it, tiers first.
 */
final class OwnSession {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private OwnSession() {
	}

	/**
	 * The command behind {@code setsid}, where there is one (util-linux). A child of the
	 * JVM is no process group leader, so setsid execs the command in the same process:
	 * {@link Process#destroy()} still reaches it.
	 */
	static List<String> of(List<String> command) {
		if (!Files.isExecutable(SETSID)) {
			return command;
		}
		var detached = new ArrayList<String>();
		detached.add(SETSID.toString());
		detached.addAll(command);
		return detached;
	}

}
