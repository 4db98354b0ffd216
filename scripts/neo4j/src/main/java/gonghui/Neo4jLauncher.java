package gonghui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * --password-stdin (the password of user neo4j is the first line of standard input, so that it
 * never shows in the process list; --no-auth turns authentication off), --pagecache 128m,
 * --transaction-timeout 30m. Prints one line "READY bolt://host:port" on stdout when Bolt accepts
 * connections, so a parent process can wait for it. Stops on SIGTERM/SIGINT, and when the
 * parent process dies (so a crashed test run leaves no server behind).
 *
 * LOAD CSV may read no file URL, and its import folder is an empty folder inside the data
 * folder: a query can read nothing of the host's files.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        boolean auth = !options.containsKey("no-auth");
        if (options.containsKey("password")) {
            fail("--password would show in the process list; pass it on standard input with --password-stdin");
        }
        String password = auth && options.containsKey("password-stdin") ? readPassword() : null;
        if (auth && (password == null || password.length() < 8)) {
            fail("a password of at least 8 characters is required on standard input with --password-stdin (or --no-auth)");
        }
        Duration transactionTimeout = SettingValueParsers.DURATION.parse(options.getOrDefault("transaction-timeout", "30m"));

        // Modest memory: the machine runs many things; the page cache holds store files off-heap.
        long pagecache = SettingValueParsers.BYTES.parse(options.getOrDefault("pagecache", "128m"));

        DatabaseManagementService dbms;
        try {
            dbms = start(home, host, port, auth, pagecache, transactionTimeout);
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

    private static String readPassword() {
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            fail("cannot read the password from standard input: " + e.getMessage());
            return null;
        }
    }

    private static DatabaseManagementService start(
            Path home, String host, int port, boolean auth, long pagecache, Duration transactionTimeout) {
        Path importFolder = home.resolve("import");
        try {
            Files.createDirectories(importFolder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the import folder " + importFolder + ": " + e.getMessage(), e);
        }
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importFolder)
                .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
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
            if (name.equals("no-auth") || name.equals("password-stdin")) {
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
