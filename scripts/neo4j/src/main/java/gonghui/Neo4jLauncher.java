package gonghui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community DBMS with the Bolt connector on a loopback address, in the foreground.
 *
 * Options: --home DIR (data, required), --host 127.0.0.1, --port 7687 (0 picks a free port),
 * --password PW (sets the password of user neo4j; --no-auth turns authentication off),
 * --pagecache 128m. Prints one line "READY bolt://host:port" on stdout when Bolt accepts
 * connections, so a parent process can wait for it. Stops on SIGTERM/SIGINT, and when the
 * parent process dies (so a crashed test run leaves no server behind).
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        boolean auth = !options.containsKey("no-auth");
        String password = options.get("password");
        if (auth && (password == null || password.length() < 8)) {
            fail("--password of at least 8 characters is required (or --no-auth)");
        }

        // Modest memory: the machine runs many things; the page cache holds store files off-heap.
        long pagecache = SettingValueParsers.BYTES.parse(options.getOrDefault("pagecache", "128m"));

        DatabaseManagementService dbms;
        try {
            dbms = start(home, host, port, auth, pagecache);
        } catch (RuntimeException e) {
            fail(startFailure(e, home, host, port));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (auth) {
            setPassword(system, password);
        }
        GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        neo4j.executeTransactionally("RETURN 1");

        int boundPort = ((GraphDatabaseAPI) neo4j).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("READY bolt://" + host + ":" + boundPort);
        System.out.flush();

        watchParent(stopped);
        stopped.await();
    }

    private static DatabaseManagementService start(Path home, String host, int port, boolean auth, long pagecache) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .build();
    }

    /** One line naming what went wrong, from the bottom of Neo4j's chain of causes. */
    private static String startFailure(Throwable error, Path home, String host, int port) {
        Throwable root = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("PortBindException")) {
                return "port " + port + " on " + host + " is already in use (choose another with --port)";
            }
            if (name.equals("FileLockException")) {
                return "the data folder " + home + " is in use by another Neo4j server";
            }
            root = cause;
        }
        return String.valueOf(root.getMessage());
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A data folder reused with the same password: Neo4j refuses to "change" it to itself.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void watchParent(CountDownLatch stopped) {
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread watcher = new Thread(() -> {
                while (stopped.getCount() > 0) {
                    if (!parent.isAlive()) {
                        System.exit(0);
                    }
                    try {
                        Thread.sleep(Duration.ofSeconds(1).toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        });
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                fail("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            if (name.equals("no-auth")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                fail(arg + " needs a value");
            }
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
