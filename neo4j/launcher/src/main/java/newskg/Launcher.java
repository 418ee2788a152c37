package newskg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.security.auth.LegacyCredential;

/**
 * Runs a real Neo4j Community DBMS (the `neo4j` database plus `system`) with a Bolt connector,
 * for news-kg's `npm run neo4j`, its tests and CI.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) newskg.Launcher \
 *      --home .neo4j [--host 127.0.0.1] [--port 7687] [--pagecache-mb 256] [--exit-on-stdin-eof]
 * </pre>
 *
 * The password of user `neo4j` comes from the environment (NEO4J_PASSWORD), never from the
 * command line, and is (re)set on every start, so the server always accepts the password the
 * environment names. Stdout gets one line `READY bolt://host:port` when Bolt accepts logins,
 * and `STOPPED` after a clean shutdown (Ctrl-C, SIGTERM, or end of stdin with
 * --exit-on-stdin-eof). Errors are one line starting with `ERROR`, then exit status 1.
 */
public final class Launcher {
    private static final String DEFAULT_PASSWORD = "news-kg-local";
    private static final int MIN_PASSWORD_LENGTH = 8;

    public static void main(String[] args) {
        Path home = Path.of(".neo4j");
        String host = "127.0.0.1";
        int port = 7687;
        long pagecacheMb = 256;
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i, "--home"));
                case "--host" -> host = value(args, ++i, "--host");
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--pagecache-mb" -> pagecacheMb = Long.parseLong(value(args, ++i, "--pagecache-mb"));
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (password.isEmpty()) password = DEFAULT_PASSWORD;
        if (password.length() < MIN_PASSWORD_LENGTH)
            fail("NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters (Neo4j's minimum)");

        try {
            writeInitialPassword(home, password);
        } catch (IOException e) {
            fail("cannot write the initial password into " + home.toAbsolutePath() + ": " + e.getMessage());
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    // Bolt waits 5 s twice for idle connections at shutdown by default; a local
                    // server stopped with Ctrl-C need not.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .build();
        } catch (RuntimeException e) {
            fail("cannot start Neo4j in " + home.toAbsolutePath() + ": " + rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "news-kg-shutdown"));

        try {
            // On a store made before (whose password may have been another), embedded code,
            // which runs without authentication, sets the password of the built-in admin user
            // through the system database; CHANGE NOT REQUIRED lets Bolt clients use it at once.
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to itself: then it is already right.
                if (!rootMessage(e).contains("cannot be the same")) throw e;
            }
            // Fail fast if the default database is not there (e.g. a store of another version).
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            System.out.println("ERROR cannot prepare Neo4j: " + rootMessage(e));
            System.exit(1);
        }

        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // nothing: the parent only closes it
                    }
                } catch (IOException ignored) {
                    // the parent is gone
                }
                System.exit(0);
            }, "news-kg-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A new store takes its first password from data/dbms/auth.ini (what `neo4j-admin dbms
     * set-initial-password` writes), read while the system database is created, before Bolt
     * opens: no client ever sees the default password neo4j/neo4j.
     */
    private static void writeInitialPassword(Path home, String password) throws IOException {
        if (Files.exists(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) return;
        Path authIni = home.resolve("data").resolve("dbms").resolve("auth.ini");
        Files.createDirectories(authIni.getParent());
        Files.writeString(authIni, "neo4j:" + LegacyCredential.forPassword(password).serialize() + ":\n");
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) fail(flag + " needs a value");
        return args[i];
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ');
    }

    private static void fail(String message) {
        System.out.println("ERROR " + message);
        System.exit(1);
    }
}
